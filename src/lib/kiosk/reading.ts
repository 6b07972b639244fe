// Pure: how long a chapter's text is, how long the attract loop gives it, and where its card stands as the chapter plays, so that every line of every chapter is shown.
import { TRANSITION } from '../story/position';
import type { Lang } from '../i18n/lang';

/**
 * About a card's worth of text at 1920×1080, in characters: a Chinese character carries about as much as
 * three letters. The attract loop gives a chapter `dwell` seconds per card's worth.
 */
export const CARD_CHARS: Record<Lang, number> = { en: 900, ru: 900, zh: 330 };
/** The longest chapter still plays for at most this many dwells, so the loop never stalls on one. */
export const MAX_WEIGHT = 4;

/** The chapter's readable text: its HTML without the source notes and citation marks, tags and entities. */
export function readableText(html: string): string {
	return html
		.replace(/<details class="notes">[\s\S]*?<\/details>/g, '')
		.replace(/<a class="cite"[^>]*>[\s\S]*?<\/a>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&(?:#\d+|#x[\da-f]+|[a-z]+);/gi, '.')
		.replace(/\s+/g, ' ')
		.trim();
}

/** How many dwells the attract loop spends on each chapter: one per card's worth of its text, at least one. */
export function chapterWeight(html: string, lang: Lang): number {
	const w = readableText(html).length / CARD_CHARS[lang];
	return Math.min(MAX_WEIGHT, Math.max(1, Math.round(w * 10) / 10));
}

/**
 * Where the card's text is scrolled to, in px, at `progress` of a chapter in the attract loop. It stays at
 * the top while the camera flies in from the last chapter, then shows the text a page at a time: each page
 * holds for an equal share of the chapter and glides (for `glide` of that share) to the next; the last
 * page holds to the end. `overflowPx` is how far the text can scroll, `pagePx` one page's step.
 */
export function attractScrollTop(progress: number, overflowPx: number, pagePx: number, glide = 0.2): number {
	if (!(overflowPx > 0) || !(pagePx > 0) || !Number.isFinite(progress)) return 0;
	const steps = Math.ceil(overflowPx / pagePx - 1e-6);
	// In page slots since the camera arrived: slot k ends with the glide to page k + 1.
	const t = (Math.min(Math.max(progress, 0), 1) - TRANSITION) / (1 - TRANSITION) * (steps + 1);
	const g = Math.min(Math.max(glide, 1e-6), 1);
	let pages = 0;
	for (let k = 1; k <= steps; k++) {
		const x = Math.min(Math.max((t - (k - g)) / g, 0), 1);
		pages += x * x * (3 - 2 * x);
	}
	return Math.min(overflowPx, pages * pagePx);
}
