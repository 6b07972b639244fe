// Pure: the HTML an article pastes to embed a journey (optionally opening at a chapter) with the host script, and the plain iframe address.
import { escapeHtml as escapeAttr } from '../content/escape-html';
import type { Lang } from '../i18n/lang';

/** `site` is the story's root address without a trailing slash, e.g. "https://example.org/treaty". English is the embed's default language. */
export function embedSnippet(site: string, journey: string, chapter?: string, lang: Lang = 'en'): string {
	const attrs = `data-journey="${escapeAttr(journey)}"` + (chapter ? ` data-chapter="${escapeAttr(chapter)}"` : '') + (lang !== 'en' ? ` data-lang="${lang}"` : '');
	return `<div ${attrs}></div>\n<script async src="${escapeAttr(site)}/embed.js"></script>`;
}

export function embedUrl(site: string, journey: string, chapter?: string, lang: Lang = 'en'): string {
	const q = new URLSearchParams();
	if (chapter) q.set('chapter', chapter);
	if (lang !== 'en') q.set('lang', lang);
	const query = q.toString();
	return `${site}/embed/${encodeURIComponent(journey)}/` + (query ? `?${query}` : '');
}
