// Tests for the story's date axis: monotonic, invertible, winter 1949–50 expanded.
import { describe, expect, it } from 'vitest';
import { BREAKS, lanes, ticks, timeOfX, xOfTime, AXIS_END, AXIS_START } from '../../../src/lib/story/time-axis';

describe('time axis', () => {
	it('maps its ends to 0 and 1 and clamps outside', () => {
		expect(xOfTime(AXIS_START)).toBe(0);
		expect(xOfTime(AXIS_END)).toBe(1);
		expect(xOfTime(Date.UTC(1900, 0, 1))).toBe(0);
		expect(xOfTime(Date.UTC(1990, 0, 1))).toBe(1);
	});
	it('is invertible', () => {
		for (const d of ['1945-08-28', '1949-01-31', '1949-12-16', '1950-02-14', '1950-10-19']) {
			const t = Date.parse(d);
			expect(timeOfX(xOfTime(t))).toBeCloseTo(t, -3);
		}
	});
	it('gives the four months of Mao in the USSR more width than the four years before', () => {
		const winter = xOfTime(Date.parse('1950-03-31')) - xOfTime(Date.parse('1949-12-01'));
		const years = xOfTime(Date.parse('1949-11-30')) - xOfTime(Date.parse('1945-12-01'));
		expect(winter).toBeGreaterThan(years);
	});
	it('has ticks in order', () => {
		const xs = ticks().map((t) => t.x);
		expect([...xs].sort((a, b) => a - b)).toEqual(xs);
	});
	it('ranks the first and the last tick first, then January 1950', () => {
		const t = ticks();
		expect([t[0]!.rank, t.at(-1)!.rank]).toEqual([0, 0]);
		expect(t.filter((k) => k.rank === 1).map((k) => new Date(k.t).toISOString().slice(0, 7))).toEqual(['1950-01']);
	});
	it('marks a break where the expanded winter meets the compressed years on either side', () => {
		expect(BREAKS).toEqual([
			{ x: xOfTime(Date.UTC(1949, 11, 1)), compressed: -1 },
			{ x: xOfTime(Date.UTC(1950, 3, 1)), compressed: 1 }
		]);
	});
	it('puts overlapping spans in different lanes', () => {
		const l = lanes([{ x0: 0.1, x1: 0.3 }, { x0: 0.2, x1: 0.4 }, { x0: 0.5, x1: 0.6 }]);
		expect(l.map((s) => s.lane)).toEqual([0, 1, 0]);
	});
});
