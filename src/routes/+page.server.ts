// Loads the chapter content files at build time (prerender), with each chapter's static map description; the page ships them as HTML.
import { loadChapters } from '$lib/server/chapters';
import { staticMapDescription } from '$lib/server/static-maps';

export function load() {
	return { chapters: loadChapters().map((c) => ({ ...c, mapAlt: staticMapDescription(c.id) })) };
}
