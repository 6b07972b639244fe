// Tests for drivers/scroll-position: the position from the chapters' offsets and the reading line, and back.
import { describe, expect, it } from 'vitest';
import { lineAt, positionAt } from '../../../src/lib/drivers/scroll-position';

const layout = { tops: [100, 1100, 2100], end: 3100 };
describe('positionAt', () => {
	it.each([
		[0, 0, 0],
		[100, 0, 0],
		[600, 0, 0.5],
		[1100, 1, 0],
		[2600, 2, 0.5],
		[3100, 2, 1],
		[99999, 2, 1]
	] as const)('reading line at %d → chapter %d, progress %d', (line, index, progress) => {
		expect(positionAt(layout, line)).toEqual({ index, progress });
	});
	it('copes with no chapters', () => {
		expect(positionAt({ tops: [], end: 0 }, 50)).toEqual({ index: 0, progress: 0 });
	});
});

describe('lineAt', () => {
	it('inverts positionAt inside the story', () => {
		for (const line of [150, 600, 1100, 2345, 3099]) expect(lineAt(layout, positionAt(layout, line))).toBeCloseTo(line, 9);
	});
	it('keeps the chapter and progress when the layout changes', () => {
		const wider = { tops: [80, 900, 1700], end: 2500 };
		const p = positionAt(layout, 2345);
		expect(positionAt(wider, lineAt(wider, p))).toEqual(p);
	});
});
