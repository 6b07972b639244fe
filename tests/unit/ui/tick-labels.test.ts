// Tests for ui/tick-labels: labels by rank, centred on their ticks, slid inside the box, never overlapping — and, over the story's own axis at every width from a phone to a wide screen, the ends and the winter always labelled.
import { describe, expect, it } from 'vitest';
import { placeLabels, type TickLabel } from '../../../src/lib/ui/tick-labels';
import { ticks } from '../../../src/lib/story/time-axis';
import { formatTick } from '../../../src/lib/i18n/format';
import { LANGS } from '../../../src/lib/i18n/lang';

const box = { start: 0, end: 100 };

describe('placeLabels', () => {
	it.each([
		['centres a label on its tick', [{ x: 50, width: 20, rank: 0 }], box, [40]],
		['slides a label at the start inwards', [{ x: 3, width: 20, rank: 0 }], box, [0]],
		['slides a label at the end inwards', [{ x: 98, width: 20, rank: 0 }], box, [80]],
		['keeps the lower rank when two collide', [{ x: 40, width: 20, rank: 1 }, { x: 50, width: 20, rank: 0 }], box, [null, 40]],
		['keeps the one further left when ranks tie', [{ x: 50, width: 20, rank: 0 }, { x: 40, width: 20, rank: 0 }], box, [null, 30]],
		['keeps the gap between neighbours', [{ x: 20, width: 20, rank: 0 }, { x: 43, width: 20, rank: 0 }], { ...box, gap: 4 }, [10, null]],
		['places neighbours exactly a gap apart', [{ x: 20, width: 20, rank: 0 }, { x: 44, width: 20, rank: 0 }], { ...box, gap: 4 }, [10, 34]],
		['leaves out a label wider than the box', [{ x: 50, width: 120, rank: 0 }], box, [null]],
		['leaves out an unmeasured label', [{ x: 50, width: 0, rank: 0 }], box, [null]],
		['works in a box that does not start at 0', [{ x: -5, width: 10, rank: 0 }], { start: -8, end: 50 }, [-8]],
		['places nothing for no labels', [], box, []]
	] as [string, TickLabel[], { start: number; end: number; gap?: number }, (number | null)[]][])('%s', (_, labels, options, expected) => {
		expect(placeLabels(labels, options)).toEqual(expected);
	});

	it('checks its input', () => {
		expect(() => placeLabels([], { start: 10, end: 0 })).toThrow(/run forwards/);
		expect(() => placeLabels([{ x: NaN, width: 10, rank: 0 }], box)).toThrow(/label 0/);
		expect(() => placeLabels([], { ...box, gap: -1 })).toThrow(/gap/);
	});
});

describe('the story axis, from 200 to 1920 px, in every language', () => {
	// Widths as the 0.7rem interface font sets them, near enough: about 0.62 em a character, the CJK ones a full em.
	const width = (text: string) => [...text].reduce((w, c) => w + (/\p{Script=Han}/u.test(c) ? 11.2 : 7), 0);
	const axis = ticks();
	for (const lang of LANGS) {
		it(`never overlaps and never leaves the box (${lang})`, () => {
			for (let w = 200; w <= 1920; w += 10) {
				const labels = axis.map((t) => ({ x: t.x * w, width: width(formatTick(t.t, t.unit, lang)), rank: t.rank }));
				const lefts = placeLabels(labels, { start: -8, end: w + 8, gap: 6 });
				const placed = lefts.flatMap((l, i) => (l === null ? [] : [[l, l + labels[i]!.width] as const])).sort((a, b) => a[0] - b[0]);
				for (const [l, r] of placed) expect(l >= -8 && r <= w + 8, `${lang} at ${w} px`).toBe(true);
				for (let i = 1; i < placed.length; i++) expect(placed[i]![0] - placed[i - 1]![1], `${lang} at ${w} px`).toBeGreaterThanOrEqual(6);
				// The label still sits over its tick.
				lefts.forEach((l, i) => l !== null && expect(l <= labels[i]!.x && labels[i]!.x <= l + labels[i]!.width).toBe(true));
			}
		});
		it(`labels the start, the winter and the end from a phone's width up (${lang})`, () => {
			for (let w = 300; w <= 1920; w += 10) {
				const lefts = placeLabels(axis.map((t) => ({ x: t.x * w, width: width(formatTick(t.t, t.unit, lang)), rank: t.rank })), { start: -8, end: w + 8 });
				const shown = axis.filter((_, i) => lefts[i] !== null);
				expect(shown[0], `${lang} at ${w} px`).toBe(axis[0]);
				expect(shown.at(-1), `${lang} at ${w} px`).toBe(axis.at(-1));
				expect(shown.some((t) => t.t >= Date.UTC(1949, 11, 1) && t.t < Date.UTC(1950, 3, 1)), `${lang} at ${w} px`).toBe(true);
			}
		});
	}
});
