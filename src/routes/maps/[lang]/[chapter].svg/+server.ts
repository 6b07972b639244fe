// Build time: one SVG route map per chapter and edition, /maps/<lang>/<chapter>.svg, shown where the live map cannot be.
import { error } from '@sveltejs/kit';
import { staticMapEntries, staticMapFile } from '$lib/server/static-maps';
import { isLang } from '$lib/i18n/lang';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => staticMapEntries();

export const GET: RequestHandler = ({ params }) => {
	const svg = isLang(params.lang) ? staticMapFile(params.lang, params.chapter) : undefined;
	if (!svg) error(404, `No map "${params.lang}/${params.chapter}"`);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
