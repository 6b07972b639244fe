// Tests for src/lib/geo/timeline.ts: golden fixtures in tests/fixtures/timeline (hand-computed expectations) plus invariants.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { kmAtTime, timeAtKm, type Anchor } from '../../../src/lib/geo/timeline';

const dir = 'tests/fixtures/timeline';
const fixtures = readdirSync(dir).map((f) => ({ name: f, ...JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) })) as {
	name: string;
	anchors: Anchor[];
	kmAtTime: [number, number][];
	timeAtKm: [number, number][];
}[];

describe.each(fixtures)('$name', ({ anchors, kmAtTime: kmCases, timeAtKm: tCases }) => {
	it.each(kmCases)('kmAtTime(%d h) = %d km', (t, km) => {
		expect(kmAtTime(anchors, t)).toBeCloseTo(km, 6);
	});
	it.each(tCases)('timeAtKm(%d km) = %d h', (km, t) => {
		expect(timeAtKm(anchors, km)).toBeCloseTo(t, 6);
	});
	it('is monotonic: time never goes back as distance grows', () => {
		const last = anchors[anchors.length - 1]!.km;
		let prev = -Infinity;
		for (let d = 0; d <= last; d += last / 997) {
			const t = timeAtKm(anchors, d);
			expect(t).toBeGreaterThanOrEqual(prev);
			prev = t;
		}
	});
});
