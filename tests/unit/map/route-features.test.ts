// Tests for src/lib/map/route-features.ts: the travelled part of a route ends exactly at the vehicle.
import { describe, expect, it } from 'vitest';
import { drawnNetwork, fullRoutes, TIP_VERTICES } from '../../../src/lib/map/route-features';
import { pointAt } from '../../../src/lib/geo/polyline';
import { miniStory } from '../story/fixture';

const story = miniStory();
const mini = story.journeys.get('mini')!;

/** The drawn network as one list of lines, in order: settled pieces then the tip. */
const lines = (km: number, active = true) => {
	const n = drawnNetwork(story.journeys, [{ journeyId: 'mini', drawnKm: km, active }]);
	return { n, all: [...n.settled.values(), ...n.tips.values()] };
};

describe('drawnNetwork', () => {
	it.each([0.1, 0.5, 0.99])('ends exactly at the vehicle at %d of the route, keeping leg properties', (f) => {
		const km = mini.line.totalKm * f;
		const { all } = lines(km);
		const last = all[all.length - 1]!.geometry.coordinates;
		expect(last[last.length - 1]).toEqual(pointAt(mini.line, km));
		expect(new Set(all.map((x) => x.properties.certainty))).toEqual(new Set(['documented', 'inferred'].slice(0, new Set(all.map((x) => x.properties.leg)).size)));
	});
	it('covers the travelled line without gaps: the pieces meet end to end and follow the route', () => {
		const km = mini.line.totalKm * 0.77;
		const { all } = lines(km);
		for (let i = 1; i < all.length; i++) expect(all[i]!.geometry.coordinates[0]).toEqual(all[i - 1]!.geometry.coordinates.at(-1));
		const joined = all.flatMap((f, i) => (i === 0 ? f.geometry.coordinates : f.geometry.coordinates.slice(1)));
		expect(joined).toEqual([...mini.coords.slice(0, joined.length - 1), pointAt(mini.line, km)]);
	});
	it('keeps the tip short, and the settled pieces the same as the vehicle moves within them', () => {
		const a = lines(mini.line.totalKm * 0.6).n;
		const b = lines(mini.line.totalKm * 0.6 + 0.001).n;
		expect([...b.settled.keys()]).toEqual([...a.settled.keys()]);
		for (const t of b.tips.values()) expect(t.geometry.coordinates.length).toBeLessThanOrEqual(TIP_VERTICES + 2);
	});
	it('draws nothing at 0 and every leg whole at the end', () => {
		expect(lines(0).all).toHaveLength(0);
		const { n, all } = lines(mini.line.totalKm, false);
		expect(n.tips.size).toBe(0);
		expect(all.map((f) => f.geometry)).toEqual(fullRoutes([mini]).features.map((f) => f.geometry));
		expect(all.every((f) => f.properties.active === false)).toBe(true);
	});
});
