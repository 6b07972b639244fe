// Build time: one story page per edition (/, /zh/, /ru/), its chapters' data; their cards (text, static map) are written into the page's HTML by the server hook (server/chapter-bodies.ts), not sent twice.
import { edition } from '$lib/server/content';
import { OTHER_EDITIONS } from '$lib/i18n/editions';
import type { Lang } from '$lib/i18n/lang';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => OTHER_EDITIONS;

export const load: PageServerLoad = ({ params }) => {
	const lang = (params.lang ?? 'en') as Lang;
	const e = edition(lang);
	return { lang, words: e.words, chapters: e.chapters.map(({ html: _html, ...c }) => c) };
};
