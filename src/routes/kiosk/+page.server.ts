// The kiosk uses the same chapter content as the story, loaded at build time.
import { loadChapters } from '$lib/server/content';

export function load() {
	return { chapters: loadChapters() };
}
