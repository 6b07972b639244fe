// Build time: writes each chapter's card (dates, title, text, static map) into the story page's HTML once, where the page left a slot for it, so the page's hydration data need not carry the text a second time; the notes and the map go inside <noscript>, out of the live document until needed (ui/notes.ts).
import { edition } from './content';
import { staticMapDescription } from './static-maps';
import { deferNotes } from '$lib/content/citations';
import { escapeHtml } from '$lib/content/escape-html';
import { messages } from '$lib/i18n/messages';
import type { Lang } from '$lib/i18n/lang';

/** The slot ChapterCard renders: an empty card naming its chapter. */
const SLOT = /(<article data-chapter-body="([a-z0-9-]+)"[^>]*>)(<\/article>)/g;

/**
 * Fills every chapter slot of `html` with that chapter's card in `lang`; `base` is the site's path (the static maps are under it).
 * Throws, naming the chapter, on a slot with no such chapter.
 */
export function fillChapterBodies(html: string, lang: Lang, base = ''): string {
	if (!html.includes('data-chapter-body=')) return html;
	const chapters = new Map(edition(lang).chapters.map((c) => [c.id, c]));
	const caption = escapeHtml(messages(lang).static_map_caption());
	return html.replace(SLOT, (_m, open: string, id: string, close: string) => {
		const c = chapters.get(id);
		if (!c) throw new Error(`src/content/${lang}/chapters: chapter "${id}" (the page's slot data-chapter-body): no such chapter in this edition`);
		const map = `<figure class="static-map"><img src="${base}/maps/${lang}/${id}.svg" alt="${escapeHtml(staticMapDescription(lang, id))}" width="420" height="280" loading="lazy"><figcaption>${caption}</figcaption></figure>`;
		return `${open}<p class="dates">${escapeHtml(c.dates)}</p><h2 id="${id}-title" tabindex="-1">${escapeHtml(c.title)}</h2>${deferNotes(c.html)}<noscript>${map}</noscript>${close}`;
	});
}
