// Turns source markers in chapter text ([^S13]) into numbered citations, listed at the end of the chapter with links where the source is public.
import type { Source } from '../data/schema';
import { isSafeHref } from './markdown';
import { messages } from '../i18n/messages';
import type { Lang } from '../i18n/lang';

export interface Citation {
	n: number;
	source: Source;
}

const MARKER = /\[\^([A-Za-z0-9]+)\]/g;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Replaces each marker in the rendered HTML by a link to its note (shown raised); the same source keeps its number.
 * Throws, naming the file, on a source id that is not in the bibliography.
 */
export function cite(file: string, chapterId: string, html: string, sources: ReadonlyMap<string, Source>, lang: Lang = 'en'): { html: string; citations: Citation[] } {
	const numbers = new Map<string, number>();
	const out = html.replace(MARKER, (_m, id: string) => {
		const source = sources.get(id);
		if (!source) throw new Error(`${file}: text: unknown source id "${id}" in [^${id}] (not in geodata/sources.json)`);
		if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
		const n = numbers.get(id)!;
		return `<a class="cite" href="#${chapterId}-note-${n}" aria-label="${escapeHtml(messages(lang).source_n({ n }))}">${n}</a>`;
	});
	const citations = [...numbers].map(([id, n]) => ({ n, source: sources.get(id)! }));
	return { html: out, citations };
}

export function notesHtml(chapterId: string, citations: readonly Citation[], lang: Lang = 'en'): string {
	if (citations.length === 0) return '';
	const items = citations
		.map(({ n, source }) => {
			// The bibliography's schema admits only http(s) addresses; checked again here, as this becomes a link.
			const link = source.url && isSafeHref(source.url) ? ` <a href="${escapeHtml(source.url)}" rel="noopener">${escapeHtml(new URL(source.url).hostname)}</a>` : '';
			return `<li id="${chapterId}-note-${n}">${escapeHtml(source.citation)}${link}</li>`;
		})
		.join('');
	// Folded: a chapter's sources can outnumber its paragraphs, and the card should fit beside the map.
	return `<details class="notes"><summary>${escapeHtml(messages(lang).sources_count({ count: citations.length }))}</summary><ol>${items}</ol></details>`;
}
