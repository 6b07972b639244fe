// Build time: one story page per edition (/, /zh/, /ru/), its chapters with their static maps' descriptions; the page ships them as HTML.
import { edition } from '$lib/server/content';
import { OTHER_EDITIONS } from '$lib/i18n/editions';
import { staticMapDescription } from '$lib/server/static-maps';
import type { Lang } from '$lib/i18n/lang';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => OTHER_EDITIONS;

export const load: PageServerLoad = ({ params }) => {
	const lang = (params.lang ?? 'en') as Lang;
	const e = edition(lang);
	return { lang, words: e.words, chapters: e.chapters.map((c) => ({ ...c, mapAlt: staticMapDescription(lang, c.id) })) };
};
