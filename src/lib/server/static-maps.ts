// Build-time only: the no-WebGL static route maps, keyed by chapter id, plus the shared basemap symbol.
import { readFileSync } from 'node:fs';
import geodata from '$lib/generated/geodata.json';
import { buildStory } from '$lib/story/build';
import { basemapSymbol, chapterMapSvg, unitLabelsOf, type Basemap } from '$lib/static-map/svg-map';
import type { Geodata } from '$lib/data/types';
import { CITY_PLANS } from '$lib/data/basemap-files';
import type { TierCollection } from '$lib/static-map/extras';
import { loadChapters } from './chapters';

export const BASEMAP_KEY = 'basemap';

/** The page renders a marker (static-map/marker.ts) in place of each map; the hook swaps in the SVG, so it ships once and never in the hydration data. */
const MARKER = /<!--static-map:([a-z0-9-]+)-->/g;

let cached: Map<string, string> | undefined;

function maps(): Map<string, string> {
	if (cached) return cached;
	// The prepare step has written the tiers here before any build or dev server starts. The symbol is drawn
	// from the detail tier (its finer coasts and rivers cost the page nothing: the symbol's own tolerance decides).
	const read = <T>(file: string) => JSON.parse(readFileSync(`static/generated/${file}`, 'utf8')) as T;
	const overview = read<Basemap>('basemap.json');
	const detail = read<Basemap>('basemap-detail.json');
	const cities = CITY_PLANS.map((c) => ({ id: c.id, bounds: c.bounds, minzoom: c.minzoom, plan: read<TierCollection>(`city-${c.id}.json`) }));
	const story = buildStory(geodata as unknown as Geodata, loadChapters());
	const input = { ...story, unitLabels: unitLabelsOf(overview), extras: { detail: detail as TierCollection, cities } };
	cached = new Map([[BASEMAP_KEY, basemapSymbol(detail)], ...story.chapters.map((c) => [c.id, chapterMapSvg(input, c)] as [string, string])]);
	return cached;
}

export function injectStaticMaps(html: string): string {
	// The marker stays, followed by the map: SvelteKit warns when a hook removes comments, as they can carry hydration anchors.
	return html.includes('<!--static-map:') ? html.replace(MARKER, (m, key: string) => m + (maps().get(key) ?? '')) : html;
}
