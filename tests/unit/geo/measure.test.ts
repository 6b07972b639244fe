// Tests for src/lib/geo/measure.ts against known distances and bearings.
import { describe, expect, it } from 'vitest';
import { bearingDeg, crossTrackKm, cumulativeKm, distanceKm } from '../../../src/lib/geo/measure';
import turfDistance from '@turf/distance';

describe('distanceKm', () => {
	it.each([
		['Beijing → Moscow great circle', [116.3975, 39.9], [37.6581, 55.7761], 5790, 15],
		['one degree of longitude on the equator', [0, 0], [1, 0], 111.195, 0.01],
		['same point', [30, 60], [30, 60], 0, 1e-9]
	] as const)('%s', (_name, a, b, km, tol) => {
		expect(Math.abs(distanceKm(a, b) - km)).toBeLessThanOrEqual(tol);
	});

	it('agrees with @turf/distance to a metre', () => {
		const a = [104.2964, 52.2978];
		const b = [92.8672, 56.0184];
		expect(distanceKm(a, b)).toBeCloseTo(turfDistance(a, b, { units: 'kilometers' }), 3);
	});
});

describe('bearingDeg', () => {
	it.each([
		['north', [0, 0], [0, 1], 0],
		['east', [0, 0], [1, 0], 90],
		['west', [0, 0], [-1, 0], -90],
		['south', [0, 1], [0, 0], -180]
	] as const)('%s', (_n, a, b, deg) => {
		expect(bearingDeg(a, b)).toBeCloseTo(deg, 6);
	});
});

describe('cumulativeKm', () => {
	it('starts at 0 and adds segment lengths', () => {
		const km = cumulativeKm([[0, 0], [1, 0], [2, 0]]);
		expect(km[0]).toBe(0);
		expect(km[2]).toBeCloseTo(2 * 111.195, 2);
	});
});

describe('crossTrackKm', () => {
	it.each([
		[[0, 1], [-10, 0], [10, 0], 111.2],
		[[5, 0], [-10, 0], [10, 0], 0],
		[[0, 0], [0, 0], [10, 10], 0]
	] as const)('%o from the circle through %o and %o', (p, a, b, km) => {
		expect(crossTrackKm(p, a, b)).toBeCloseTo(km, 0);
	});
});
