// Loads the chapter content files at build time (prerender); the page ships them as HTML.
import { loadChapters } from '$lib/server/chapters';

export function load() {
	return { chapters: loadChapters() };
}
