// Turns source markers in chapter text ([^S13]) into numbered citations, listed at the end of the chapter with links where the source is public.
import { escapeHtml } from './escape-html';
import type { Source } from '../data/schema';
import { isSafeHref } from './markdown';
import { messages } from '../i18n/messages';
import { LOCALE, type Lang } from '../i18n/lang';

export interface Citation {
	n: number;
	source: Source;
}

const MARKER = /\[\^([A-Za-z0-9]+)\]/g;
/** Markers side by side, with nothing between them. */
const RUN = /(?:\[\^[A-Za-z0-9]+\])+/g;

/**
 * Replaces each marker in the rendered HTML by a link to its note (shown raised); the same source keeps its number. Markers side by side
 * ([^S28][^S30]) become one link, "2,3" in ascending order, to the first of their notes: one element, not one per source.
 * Throws, naming the file, on a source id that is not in the bibliography.
 */
export function cite(file: string, chapterId: string, html: string, sources: ReadonlyMap<string, Source>, lang: Lang = 'en'): { html: string; citations: Citation[] } {
	const numbers = new Map<string, number>();
	const t = messages(lang);
	const list = new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' });
	const out = html.replace(RUN, (run: string) => {
		const ns = [
			...new Set(
				[...run.matchAll(MARKER)].map(([, id = '']) => {
					if (!sources.has(id)) throw new Error(`${file}: text: unknown source id "${id}" in [^${id}] (not in geodata/sources.json)`);
					if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
					return numbers.get(id)!;
				})
			)
		].sort((a, b) => a - b);
		const label = ns.length === 1 ? t.source_n({ n: ns[0]! }) : t.sources_n({ list: list.format(ns.map(String)) });
		return `<a class="cite" href="#${chapterId}-note-${ns[0]}" aria-label="${escapeHtml(label)}">${ns.join(',')}</a>`;
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

const FOLDED = /(<details class="notes"><summary>[^<]*<\/summary>)(<ol>[\s\S]*?<\/ol>)(<\/details>)/;

/**
 * The notes of a chapter's HTML inside <noscript>: a reader without script sees them as before, a browser with script holds them as one
 * text node until the reader opens them (ui/notes.ts unfolds them). Their text is escaped (notesHtml), so it cannot close the <noscript>.
 */
export function deferNotes(html: string): string {
	return html.replace(FOLDED, (_m, head: string, list: string, tail: string) => `${head}<noscript>${list}</noscript>${tail}`);
}
