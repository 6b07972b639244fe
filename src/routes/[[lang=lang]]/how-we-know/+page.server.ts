// Build time: "How we know" in each edition (/how-we-know/, /zh/how-we-know/, /ru/how-we-know/): the method notes, with their sources.
import { edition } from '$lib/server/content';
import { OTHER_EDITIONS } from '$lib/i18n/editions';
import type { Lang } from '$lib/i18n/lang';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => OTHER_EDITIONS;

export const load: PageServerLoad = ({ params }) => {
	const lang = (params.lang ?? 'en') as Lang;
	return { lang, page: edition(lang).howWeKnow };
};
