// Build time: one SVG route map per chapter, /maps/<chapter>.svg, shown where the live map cannot be.
import { error } from '@sveltejs/kit';
import { staticMapFile, staticMapIds } from '$lib/server/static-maps';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => staticMapIds().map((chapter) => ({ chapter }));

export const GET: RequestHandler = ({ params }) => {
	const svg = staticMapFile(params.chapter);
	if (!svg) error(404, `No chapter "${params.chapter}"`);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
