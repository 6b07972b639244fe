// Build-time only: each chapter's static route map as a standalone SVG file (for readers without WebGL or without script), and its description.
import { readFileSync } from 'node:fs';
import geodata from '$lib/data/compiled';
import { buildStory } from '$lib/content/build';
import { basemapSymbol, chapterMapSvg, unitLabelsOf, type Basemap } from '$lib/static-map/svg-map';
import { CITY_PLANS, CITY_PLANS_FILE } from '$lib/data/basemap-files';
import type { TierCollection } from '$lib/static-map/extras';
import { edition } from './content';
import { LANGS, type Lang } from '$lib/i18n/lang';

/** The inverse of static-map/path-data's esc(): the page escapes the alt text itself. */
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const cache = new Map<Lang, { files: Map<string, string>; descriptions: Map<string, string> }>();

/** Every chapter's map in one edition: its names, labels and description in that language. */
function maps(lang: Lang) {
	const hit = cache.get(lang);
	if (hit) return hit;
	// The prepare step has written the tiers here before any build or dev server starts. The symbol is drawn
	// from the detail tier (its finer coasts and rivers cost the page nothing: the symbol's own tolerance decides).
	const read = <T>(file: string) => JSON.parse(readFileSync(`static/generated/${file}`, 'utf8')) as T;
	const overview = read<Basemap>('basemap.json');
	const detail = read<Basemap>('basemap-detail.json');
	const plans = read<TierCollection>(CITY_PLANS_FILE);
	const cities = CITY_PLANS.map((c) => ({ id: c.id, bounds: c.bounds, minzoom: c.minzoom, plan: { ...plans, features: plans.features.filter((f) => f.properties.city === c.id) } }));
	const e = edition(lang);
	const story = buildStory(geodata, e.chapters);
	const travellers = Object.fromEntries(Object.entries(e.words.journeys).map(([id, w]) => [id, w.travellers]));
	const eventLabels = Object.fromEntries(Object.entries(e.words.events).map(([id, w]) => [id, w.label]));
	const input = { ...story, unitLabels: unitLabelsOf(overview, lang), extras: { detail: detail as TierCollection, cities }, lang, travellers, eventLabels };
	// An SVG shown as an image cannot reach into the page: each file carries the basemap it crops.
	const defs = `<defs>${basemapSymbol(detail)}</defs>`;
	const files = new Map<string, string>();
	const descriptions = new Map<string, string>();
	for (const c of story.chapters) {
		const svg = chapterMapSvg(input, c);
		const open = svg.indexOf('>') + 1;
		files.set(c.id, svg.slice(0, open) + defs + svg.slice(open));
		descriptions.set(c.id, unescape(/aria-label="([^"]*)"/.exec(svg)?.[1] ?? ''));
	}
	const out = { files, descriptions };
	cache.set(lang, out);
	return out;
}

/** Every (language, chapter) that has a map: /maps/<lang>/<chapter>.svg. */
export const staticMapEntries = (): { lang: Lang; chapter: string }[] => LANGS.flatMap((lang) => [...maps(lang).files.keys()].map((chapter) => ({ lang, chapter })));
export const staticMapFile = (lang: Lang, id: string): string | undefined => maps(lang).files.get(id);
/** The map's description, for the image's alt text. */
export const staticMapDescription = (lang: Lang, id: string): string => maps(lang).descriptions.get(id) ?? '';
