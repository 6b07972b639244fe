// Tests for the swipe driver's rule: a sideways movement longer than a finger is a step; taps, slips and vertical drags are not.
import { describe, expect, it } from 'vitest';
import { SWIPE_PX, swipeStep } from '../../../src/lib/drivers/swipe';

describe('swipeStep', () => {
	it.each([
		[-(SWIPE_PX + 1), 0, 1],
		[SWIPE_PX + 1, 0, -1],
		[-300, 100, 1],
		[-SWIPE_PX, 0, null],
		[10, 2, null],
		[-100, 90, null],
		[0, -400, null]
	] as const)('dx %d, dy %d → %s', (dx, dy, step) => {
		expect(swipeStep(dx, dy)).toBe(step);
	});
});
