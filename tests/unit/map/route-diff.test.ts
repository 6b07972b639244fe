// Tests for map/route-diff: the journeys not being told change the drawn source by small diffs — pieces added once, a short tip updated only when it moves half a pixel — and end where they stop.
import { describe, expect, it } from 'vitest';
import { loadGeodata } from '../../../src/lib/data/load-geodata';
import { hydrateJourney } from '../../../src/lib/story/journey';
import { drawnNetwork, TIP_VERTICES } from '../../../src/lib/map/route-features';
import { emptySent, MIN_TIP_MOVE_PX, planRouteUpdate, worldPx } from '../../../src/lib/map/route-diff';
import { pointAt } from '../../../src/lib/geo/polyline';

const { geodata } = loadGeodata('geodata', ['geodata/journeys/mao-outbound.geojson']);
const j = hydrateJourney(geodata!.journeys[0]!);
const journeys = new Map([[j.id, j]]);
/** The journey drawn to `km` as a past one (the told journey is drawn live, map/live-route.ts). */
const at = (km: number, active = false) => drawnNetwork(journeys, [{ journeyId: j.id, drawnKm: km, active }]);

/** Applies diffs to a plain map of features, as the source would. */
function replay(steps: number[], zoom: number) {
	let sent = emptySent();
	const features = new Map<string, GeoJSON.Feature<GeoJSON.LineString>>();
	let diffs = 0;
	let adds = 0;
	for (const km of steps) {
		const plan = planRouteUpdate(sent, at(km), zoom);
		sent = plan.sent;
		if (!plan.diff) continue;
		diffs++;
		for (const id of plan.diff.remove ?? []) features.delete(String(id));
		for (const f of plan.diff.add ?? []) {
			features.set(String(f.id), f as GeoJSON.Feature<GeoJSON.LineString>);
			adds++;
		}
		for (const u of plan.diff.update ?? []) features.set(String(u.id), { ...features.get(String(u.id))!, geometry: u.newGeometry as GeoJSON.LineString });
	}
	return { features, diffs, adds };
}

describe('planRouteUpdate', () => {
	it('sends nothing when the tip moves less than half a pixel', () => {
		const first = planRouteUpdate(emptySent(), at(3000), 4.5);
		// About a metre: far below a pixel at zoom 4.5 (a few kilometres).
		expect(planRouteUpdate(first.sent, at(3000.001), 4.5).diff).toBeNull();
		const far = planRouteUpdate(first.sent, at(3010), 4.5).diff!;
		expect(far.update).toHaveLength(1);
		expect(far.add).toHaveLength(0);
	});
	it('measures movement in pixels at the current zoom', () => {
		const a = pointAt(j.line, 3000);
		const b = pointAt(j.line, 3001);
		expect(worldPx(a, b, 4.5)).toBeLessThan(MIN_TIP_MOVE_PX);
		expect(worldPx(a, b, 12)).toBeGreaterThan(MIN_TIP_MOVE_PX);
	});
	it('scrolling the whole journey by small steps adds each piece once, ends where the journey stops, and leaves whole legs to their keys', () => {
		const steps = Array.from({ length: 4000 }, (_, i) => (j.line.totalKm * (i + 1)) / 4000);
		const mid = replay(steps.slice(0, 2345), 4.5);
		// One settled piece every TIP_VERTICES vertices at most, plus the tip: far fewer adds than steps.
		expect(mid.adds).toBeLessThan(j.coords.length / TIP_VERTICES + j.legs.length * 2 + 2);
		// Within the half pixel a tip may lag by before it is sent again.
		expect(worldPx(mid.features.get(`${j.id}:tip`)!.geometry.coordinates.at(-1)!, pointAt(j.line, steps[2344]!), 4.5)).toBeLessThan(MIN_TIP_MOVE_PX);
		// At the end every leg is whole: drawn from the still source by feature state, nothing left in the drawn source.
		expect(replay(steps, 4.5).features.size).toBe(0);
	});
	it('steps finer than a pixel mostly send nothing', () => {
		// 100 m steps across open steppe, far from any vertex change, at a country-wide zoom.
		const steps = Array.from({ length: 500 }, (_, i) => 4000 + i * 0.1);
		expect(replay(steps, 3).diffs).toBeLessThan(steps.length / 4);
	});
	it('going back removes what is no longer travelled, and the result is what a fresh draw gives', () => {
		const forward = Array.from({ length: 200 }, (_, i) => 50 * (i + 1));
		const back = [...forward].reverse().slice(0, 150);
		const { features } = replay([...forward, ...back], 6);
		const fresh = at(back.at(-1)!);
		expect(new Set(features.keys())).toEqual(new Set([...fresh.settled.keys(), ...fresh.tips.keys()]));
		const tip = features.get(`${j.id}:tip`)!.geometry.coordinates;
		expect(tip.at(-1)).toEqual(pointAt(j.line, back.at(-1)!));
	});
	it('takes every piece out when the journey becomes the one told (it is drawn live), and puts them back when it stops being told', () => {
		const past = planRouteUpdate(emptySent(), at(5000), 4);
		expect(past.diff!.add!.length).toBeGreaterThan(0);
		const told = planRouteUpdate(past.sent, at(5000, true), 4);
		expect(new Set(told.diff!.remove)).toEqual(new Set([...at(5000).settled.keys(), ...at(5000).tips.keys()]));
		expect(told.diff!.add).toHaveLength(0);
		const again = planRouteUpdate(told.sent, at(5000), 4).diff!;
		expect(again.add!.map((f) => f.id)).toEqual(past.diff!.add!.map((f) => f.id));
	});
});
