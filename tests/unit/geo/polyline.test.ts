// Tests for src/lib/geo/polyline.ts: position, bearing and prefix at a distance.
import { describe, expect, it } from 'vitest';
import { bearingAt, measureLine, pointAt, segmentIndex, sliceTo } from '../../../src/lib/geo/polyline';
import { distanceKm } from '../../../src/lib/geo/measure';

const line = measureLine([[0, 0], [1, 0], [1, 1]]);
const leg = line.km[1]!;

describe('measureLine', () => {
	it('measures cumulative distance at each vertex', () => {
		expect(line.km[0]).toBe(0);
		expect(line.totalKm).toBeCloseTo(distanceKm([0, 0], [1, 0]) + distanceKm([1, 0], [1, 1]), 9);
	});
});

describe('pointAt / bearingAt / sliceTo', () => {
	it.each([
		[0, [0, 0], 90],
		[leg / 2, [0.5, 0], 90],
		[leg, [1, 0], 0],
		[leg * 1.5, [1, 0.5], 0],
		[-5, [0, 0], 90],
		[1e9, [1, 1], 0]
	] as const)('at %d km', (d, pos, bearing) => {
		const p = pointAt(line, d);
		expect(p[0]).toBeCloseTo(pos[0], 4);
		expect(p[1]).toBeCloseTo(pos[1], 4);
		expect(bearingAt(line, d)).toBeCloseTo(bearing, 0);
	});

	it('slices a prefix that ends exactly at pointAt', () => {
		for (const d of [0.1, leg / 3, leg, leg * 1.2, line.totalKm]) {
			const s = sliceTo(line, d);
			expect(s[s.length - 1]).toEqual(pointAt(line, d));
			const len = s.slice(1).reduce((acc, p, k) => acc + distanceKm(s[k]!, p), 0);
			expect(len).toBeCloseTo(d, 1);
		}
		expect(sliceTo(line, 0)).toEqual([]);
	});

	it('finds the segment by binary search', () => {
		expect(segmentIndex(line, 0)).toBe(0);
		expect(segmentIndex(line, leg + 0.001)).toBe(1);
		expect(segmentIndex(line, line.totalKm)).toBe(1);
	});
});
