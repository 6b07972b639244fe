// Loads the chapter content files at build time (prerender); the page ships them as HTML.
import { parseChapters } from '$lib/story/load-chapters';
import geodata from '$lib/generated/geodata.json';

const files = import.meta.glob('/src/content/chapters/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export function load() {
	const sources = new Map(geodata.sources.map((s) => [s.id, s]));
	const chapters = parseChapters(Object.fromEntries(Object.entries(files).map(([k, v]) => [k.slice(1), v])), sources);
	return { chapters };
}
