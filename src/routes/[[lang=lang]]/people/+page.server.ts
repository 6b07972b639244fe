// Build time: the cast of each edition (/people/, /zh/people/, /ru/people/), with the chapters' titles to link to.
import { edition } from '$lib/server/content';
import type { Lang } from '$lib/i18n/lang';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ lang: 'zh' }, { lang: 'ru' }];

export const load: PageServerLoad = ({ params }) => {
	const lang = (params.lang ?? 'en') as Lang;
	const e = edition(lang);
	return { lang, people: e.cast, chapters: Object.fromEntries(e.chapters.map((c) => [c.id, c.title])) };
};
