// Tests for the one position type: a chapter index and progress, as one number u, clamped, and where each chapter starts.
import { describe, expect, it } from 'vitest';
import { chapterStart, clampPosition, positionAt, TRANSITION, unitOf } from '../../../src/lib/story/position';

describe('positionAt', () => {
	it.each([
		[0, { index: 0, progress: 0 }],
		[0.5, { index: 0, progress: 0.5 }],
		[1, { index: 0, progress: 1 }],
		[1.25, { index: 1, progress: 0.25 }],
		[3, { index: 2, progress: 1 }],
		[99, { index: 2, progress: 1 }],
		[-4, { index: 0, progress: 0 }],
		[Number.NaN, { index: 0, progress: 0 }]
	])('u = %d', (u, p) => {
		expect(positionAt(u, 3)).toEqual(p);
	});
	it('is the inverse of unitOf inside a chapter', () => {
		for (const u of [0.1, 1.5, 2.99]) expect(unitOf(positionAt(u, 3))).toBeCloseTo(u, 12);
	});
});

describe('chapterStart and clampPosition', () => {
	it('starts a chapter after the camera has flown in, except the first', () => {
		expect(chapterStart(0)).toBe(0);
		expect(chapterStart(4)).toBe(4 + TRANSITION);
	});
	it('keeps a position inside the story', () => {
		expect(clampPosition({ index: 9, progress: 2 }, 3)).toEqual({ index: 2, progress: 1 });
		expect(clampPosition({ index: -1, progress: Number.NaN }, 3)).toEqual({ index: 0, progress: 0 });
	});
});
