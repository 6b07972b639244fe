// Build time: one embed page per journey (entries), with that journey's chapters (or one spanning it) as data.
import { error } from '@sveltejs/kit';
import geodata from '$lib/data/compiled';
import { loadChapters } from '$lib/server/content';
import { embedChapters } from '$lib/embed/journey-chapters';
import type { EntryGenerator, PageServerLoad } from './$types';

const journeys = geodata.journeys;

export const entries: EntryGenerator = () => journeys.map((j) => ({ journey: j.id }));

export const load: PageServerLoad = ({ params }) => {
	const journey = journeys.find((j) => j.id === params.journey);
	if (!journey) error(404, `No journey "${params.journey}"`);
	return { journey: { id: journey.id, title: journey.title }, chapters: embedChapters(journey, loadChapters(), 'en') };
};
