// Loads the chapter content files at build time (prerender); the page ships them as HTML.
import { parseChapters } from '$lib/story/load-chapters';

const files = import.meta.glob('/src/content/chapters/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export function load() {
	const chapters = parseChapters(Object.fromEntries(Object.entries(files).map(([k, v]) => [k.slice(1), v])));
	return { chapters };
}
