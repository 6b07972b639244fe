// Build time: one embed page per journey (entries), with that journey's chapters (or one spanning it) in every language, since ?lang= picks one in the reader's browser.
import { error } from '@sveltejs/kit';
import geodata from '$lib/data/compiled';
import { editions } from '$lib/server/content';
import { embedChapters } from '$lib/embed/journey-chapters';
import type { Lang } from '$lib/i18n/lang';
import type { EntryGenerator, PageServerLoad } from './$types';

const journeys = geodata.journeys;

export const entries: EntryGenerator = () => journeys.map((j) => ({ journey: j.id }));

export const load: PageServerLoad = ({ params }) => {
	const journey = journeys.find((j) => j.id === params.journey);
	if (!journey) error(404, `No journey "${params.journey}"`);
	const per = Object.fromEntries(
		editions().map((e) => {
			const title = e.words.journeys[journey.id]?.title ?? journey.title;
			return [e.lang, { title, words: e.words, chapters: embedChapters({ ...journey, title }, e.chapters, e.lang) }];
		})
	) as Record<Lang, { title: string; words: ReturnType<typeof editions>[number]['words']; chapters: ReturnType<typeof embedChapters> }>;
	return { journey: { id: journey.id }, editions: per };
};
