// Pure: the HTML an article pastes to embed a journey (optionally opening at a chapter) with the host script, and the plain iframe address.

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `site` is the story's root address without a trailing slash, e.g. "https://example.org/treaty". */
export function embedSnippet(site: string, journey: string, chapter?: string): string {
	const attrs = `data-journey="${escapeAttr(journey)}"` + (chapter ? ` data-chapter="${escapeAttr(chapter)}"` : '');
	return `<div ${attrs}></div>\n<script async src="${escapeAttr(site)}/embed.js"></script>`;
}

export function embedUrl(site: string, journey: string, chapter?: string): string {
	return `${site}/embed/${encodeURIComponent(journey)}/` + (chapter ? `?chapter=${encodeURIComponent(chapter)}` : '');
}
