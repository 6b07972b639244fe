// Tests for the kiosk's reading time: a long chapter gets more of the attract loop, and its card turns page by page so that every line is shown.
import { describe, expect, it } from 'vitest';
import { attractScrollTop, CARD_CHARS, chapterWeight, MAX_WEIGHT, readableText } from '../../../src/lib/kiosk/reading';
import { attractPosition, attractStartMs } from '../../../src/lib/kiosk/attract';
import { TRANSITION } from '../../../src/lib/story/position';

describe('readableText and chapterWeight', () => {
	it('reads the text without notes, citation marks and tags', () => {
		const html = '<p>Mao <em>left</em>.<a class="cite" href="#s1">[1]</a></p><details class="notes"><p>long sources</p></details>';
		expect(readableText(html)).toBe('Mao left .');
	});
	it.each([
		['en', 'a'.repeat(100), 1],
		['en', 'a'.repeat(CARD_CHARS.en * 2), 2],
		['zh', '字'.repeat(CARD_CHARS.zh * 3), 3],
		['ru', 'я'.repeat(CARD_CHARS.ru * 10), MAX_WEIGHT]
	] as const)('gives %s text of %#s one dwell per card, capped', (lang, text, weight) => {
		expect(chapterWeight(`<p>${text}</p>`, lang)).toBe(weight);
	});
});

describe('attractPosition with weights', () => {
	it('plays a chapter for its weight in dwells, then the next, and loops', () => {
		const chapters = [0, 1, 2];
		const weights = [1, 3, 1];
		expect(attractPosition(500, 1000, chapters, weights)).toMatchObject({ index: 0, progress: 0.5 });
		expect(attractPosition(2500, 1000, chapters, weights)).toMatchObject({ index: 1, progress: 0.5 });
		expect(attractPosition(4500, 1000, chapters, weights)).toMatchObject({ index: 2, progress: 0.5 });
		expect(attractPosition(5500, 1000, chapters, weights)).toMatchObject({ index: 0, lap: 3 });
		expect(attractStartMs(2, 1000, chapters, weights)).toBe(4000);
		expect(attractStartMs(7, 1000, chapters, weights)).toBe(0);
	});
	it('is the even loop without weights', () => {
		expect(attractPosition(2500, 1000, [4, 5])).toMatchObject({ index: 4, progress: 0.5, lap: 2 });
	});
});

describe('attractScrollTop', () => {
	it('stays at the top when the text fits, and while the camera flies in', () => {
		expect(attractScrollTop(0.7, 0, 500)).toBe(0);
		expect(attractScrollTop(TRANSITION, 800, 500)).toBe(0);
	});
	it('turns a page at a time and ends at the bottom of the text', () => {
		const overflow = 800;
		const page = 500;
		let last = -1;
		for (let p = 0; p <= 1.0001; p += 0.01) {
			const top = attractScrollTop(p, overflow, page);
			expect(top).toBeGreaterThanOrEqual(last - 1e-9);
			last = top;
		}
		expect(attractScrollTop(1, overflow, page)).toBe(overflow);
		// Two page turns: after the first, it holds one page down for a while.
		expect(attractScrollTop(0.55, overflow, page)).toBeCloseTo(page, 5);
	});
	it('jumps rather than glides with reduced motion', () => {
		const tops = new Set([0.3, 0.5, 0.7, 0.9].map((p) => attractScrollTop(p, 400, 500, 0)));
		for (const t of tops) expect([0, 400]).toContain(t);
	});
});
