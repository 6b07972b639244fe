// Build-time only: the no-WebGL static route maps, keyed by chapter id, plus the shared basemap symbol.
import { readFileSync } from 'node:fs';
import geodata from '$lib/generated/geodata.json';
import { buildStory } from '$lib/story/build';
import { basemapSymbol, chapterMapSvg, unitLabelsOf, type Basemap } from '$lib/static-map/svg-map';
import type { Geodata } from '$lib/data/types';
import { loadChapters } from './chapters';

export const BASEMAP_KEY = 'basemap';

/** The page renders a marker (static-map/marker.ts) in place of each map; the hook swaps in the SVG, so it ships once and never in the hydration data. */
const MARKER = /<!--static-map:([a-z0-9-]+)-->/g;

let cached: Map<string, string> | undefined;

function maps(): Map<string, string> {
	if (cached) return cached;
	// The prepare step has written the 1949 basemap here before any build or dev server starts.
	const basemap = JSON.parse(readFileSync('static/generated/basemap.json', 'utf8')) as Basemap;
	const story = buildStory(geodata as unknown as Geodata, loadChapters());
	const input = { ...story, unitLabels: unitLabelsOf(basemap) };
	cached = new Map([[BASEMAP_KEY, basemapSymbol(basemap)], ...story.chapters.map((c) => [c.id, chapterMapSvg(input, c)] as [string, string])]);
	return cached;
}

export function injectStaticMaps(html: string): string {
	// The marker stays, followed by the map: SvelteKit warns when a hook removes comments, as they can carry hydration anchors.
	return html.includes('<!--static-map:') ? html.replace(MARKER, (m, key: string) => m + (maps().get(key) ?? '')) : html;
}
