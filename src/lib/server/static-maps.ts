// Build-time only: each chapter's static route map as a standalone SVG file (for readers without WebGL or without script), and its description.
import { readFileSync } from 'node:fs';
import geodata from '$lib/data/compiled';
import { buildStory } from '$lib/content/build';
import { basemapSymbol, chapterMapSvg, unitLabelsOf, type Basemap } from '$lib/static-map/svg-map';
import { loadChapters } from './content';

/** The inverse of static-map/path-data's esc(): the page escapes the alt text itself. */
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

let cached: { files: Map<string, string>; descriptions: Map<string, string> } | undefined;

function maps() {
	if (cached) return cached;
	// The prepare step has written the 1949 basemap here before any build or dev server starts.
	const basemap = JSON.parse(readFileSync('static/generated/basemap.json', 'utf8')) as Basemap;
	const story = buildStory(geodata, loadChapters());
	const input = { ...story, unitLabels: unitLabelsOf(basemap) };
	// An SVG shown as an image cannot reach into the page: each file carries the basemap it crops.
	const defs = `<defs>${basemapSymbol(basemap)}</defs>`;
	const files = new Map<string, string>();
	const descriptions = new Map<string, string>();
	for (const c of story.chapters) {
		const svg = chapterMapSvg(input, c);
		const open = svg.indexOf('>') + 1;
		files.set(c.id, svg.slice(0, open) + defs + svg.slice(open));
		descriptions.set(c.id, unescape(/aria-label="([^"]*)"/.exec(svg)?.[1] ?? ''));
	}
	cached = { files, descriptions };
	return cached;
}

export const staticMapIds = (): string[] => [...maps().files.keys()];
export const staticMapFile = (id: string): string | undefined => maps().files.get(id);
/** The map's description, for the image's alt text. */
export const staticMapDescription = (id: string): string => maps().descriptions.get(id) ?? '';
