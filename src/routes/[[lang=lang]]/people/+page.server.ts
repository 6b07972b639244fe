// Build time: the cast of each edition (/people/, /zh/people/, /ru/people/), with the chapters' titles to link to.
import { edition } from '$lib/server/content';
import { OTHER_EDITIONS } from '$lib/i18n/editions';
import geodata from '$lib/data/compiled';
import { isSafeHref } from '$lib/content/markdown';
import type { Lang } from '$lib/i18n/lang';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => OTHER_EDITIONS;

export const load: PageServerLoad = ({ params }) => {
	const lang = (params.lang ?? 'en') as Lang;
	const e = edition(lang);
	// Each person's sources as the chapters' notes give them: the citation, and a link where the bibliography has a safe one.
	const bibliography = new Map(geodata.sources.map((s) => [s.id, s]));
	const cited = [...new Set(e.cast.flatMap((p) => p.sources))];
	const sources = Object.fromEntries(
		cited.map((id) => {
			const s = bibliography.get(id)!;
			const url = s.url && isSafeHref(s.url) ? s.url : null;
			return [id, { citation: s.citation, url, host: url ? new URL(url).hostname : null }];
		})
	);
	return { lang, people: e.cast, sources, chapters: Object.fromEntries(e.chapters.map((c) => [c.id, c.title])) };
};
