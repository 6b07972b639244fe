// Tests for src/lib/map/route-features.ts: the travelled part of a route ends exactly at the vehicle.
import { describe, expect, it } from 'vitest';
import { drawnNetwork, fullRoutes, journeyKeys, legKey, stopPoints, TIP_VERTICES } from '../../../src/lib/map/route-features';
import { pointAt } from '../../../src/lib/geo/polyline';
import { miniStory } from '../story/fixture';

const story = miniStory();
const mini = story.journeys.get('mini')!;

/** The drawn network of the mini journey at `km`: told (live) or past (pieces for the drawn source). */
const lines = (km: number, active = true) => {
	const n = drawnNetwork(story.journeys, [{ journeyId: 'mini', drawnKm: km, active }]);
	return { n, all: [...n.settled.values(), ...n.tips.values()] };
};

describe('drawnNetwork: the journey being told', () => {
	it.each([0.1, 0.5, 0.99])('is drawn live, whole up to exactly the vehicle at %d of the route, and not in the drawn source', (f) => {
		const km = mini.line.totalKm * f;
		const { n, all } = lines(km);
		expect(all).toHaveLength(0);
		expect(n.live!.end).toEqual(pointAt(mini.line, km));
		expect(n.live!.lines.at(-1)!.coords.at(-1)).toEqual(pointAt(mini.line, km));
	});
	it('follows the route without gaps, in stretches of one kind: inferred legs dashed, the others not', () => {
		const km = mini.line.totalKm * 0.77;
		const live = lines(km).n.live!;
		for (let i = 1; i < live.lines.length; i++) expect(live.lines[i]!.coords[0]).toEqual(live.lines[i - 1]!.coords.at(-1));
		const joined = live.lines.flatMap((l, i) => (i === 0 ? l.coords : l.coords.slice(1)));
		expect(joined).toEqual([...mini.coords.slice(0, joined.length - 1), pointAt(mini.line, km)]);
		const legs = mini.legs.filter((leg) => mini.line.km[leg.start]! < km);
		const kinds = legs.map((leg) => leg.certainty === 'inferred').filter((d, i, a) => i === 0 || d !== a[i - 1]);
		expect(live.lines.map((l) => l.dashed)).toEqual(kinds);
	});
	it('keeps its key while the vehicle moves within a segment, and changes it at the next vertex', () => {
		const a = lines(mini.line.totalKm * 0.6).n.live!;
		expect(lines(mini.line.totalKm * 0.6 + 0.001).n.live!.key).toBe(a.key);
		const v = mini.line.km.findIndex((k) => k > mini.line.totalKm * 0.6);
		expect(lines(mini.line.km[v]! + 0.001).n.live!.key).not.toBe(a.key);
	});
	it('draws nothing at 0', () => {
		const { n, all } = lines(0);
		expect(all).toHaveLength(0);
		expect(n.live).toBeNull();
	});
});

describe('drawnNetwork: the other journeys', () => {
	it('are the keys of their whole legs, and pieces of a leg they stopped in that end where they stopped, the tip short', () => {
		const km = mini.line.totalKm * 0.6;
		const { n, all } = lines(km, false);
		expect(n.live).toBeNull();
		const whole = mini.legs.map((leg, k) => [leg, k] as const).filter(([leg]) => mini.line.km[leg.end]! <= km);
		expect([...n.legs]).toEqual(whole.map(([, k]) => legKey('mini', k)));
		for (let i = 1; i < all.length; i++) expect(all[i]!.geometry.coordinates[0]).toEqual(all[i - 1]!.geometry.coordinates.at(-1));
		expect(all[0]!.geometry.coordinates[0]).toEqual(mini.coords[mini.legs[whole.length]!.start]);
		expect(all.at(-1)!.geometry.coordinates.at(-1)).toEqual(pointAt(mini.line, km));
		for (const t of n.tips.values()) expect(t.geometry.coordinates.length).toBeLessThanOrEqual(TIP_VERTICES + 2);
	});
	it('are every leg whole at the end, by the keys the still source has them under, and no pieces', () => {
		const { n, all } = lines(mini.line.totalKm, false);
		expect(all).toHaveLength(0);
		expect(n.legs).toEqual(new Set(fullRoutes([mini]).features.map((f) => f.properties.key)));
	});
});

describe('journeyKeys', () => {
	it('names every leg and stop of each journey, as the still source keys them', () => {
		const keys = journeyKeys(story.journeys.values()).get('mini')!;
		expect(keys).toEqual([...fullRoutes([mini]).features.map((f) => f.properties.key), ...stopPoints([mini]).features.map((f) => f.properties.key)]);
		expect(new Set(keys).size).toBe(keys.length);
	});
});
