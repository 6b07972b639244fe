// The kiosk carries every edition (a visitor picks the language on screen): chapters, the cast, "How we know" and the map's words, loaded at build time.
import { editions } from '$lib/server/content';
import type { Lang } from '$lib/i18n/lang';

export function load() {
	return { editions: Object.fromEntries(editions().map((e) => [e.lang, e])) as Record<Lang, ReturnType<typeof editions>[number]> };
}
