// Tests for src/lib/map/route-features.ts: the travelled part of a route ends exactly at the vehicle.
import { describe, expect, it } from 'vitest';
import { drawnRoutes, fullRoutes } from '../../../src/lib/map/route-features';
import { pointAt } from '../../../src/lib/geo/polyline';
import { miniStory } from '../story/fixture';

const story = miniStory();
const mini = story.journeys.get('mini')!;

describe('drawnRoutes', () => {
	it.each([0.1, 0.5, 0.99])('cuts the route at %d of its length, keeping leg properties', (f) => {
		const km = mini.line.totalKm * f;
		const fc = drawnRoutes(story.journeys, [{ journeyId: 'mini', drawnKm: km, active: true }]);
		const lastLine = fc.features[fc.features.length - 1]!.geometry.coordinates;
		expect(lastLine[lastLine.length - 1]).toEqual(pointAt(mini.line, km));
		expect(fc.features.map((x) => x.properties.certainty)).toEqual(['documented', 'inferred'].slice(0, fc.features.length));
	});
	it('draws nothing at 0 and everything at the end', () => {
		expect(drawnRoutes(story.journeys, [{ journeyId: 'mini', drawnKm: 0, active: true }]).features).toHaveLength(0);
		const all = drawnRoutes(story.journeys, [{ journeyId: 'mini', drawnKm: mini.line.totalKm, active: false }]);
		expect(all.features.map((f) => f.geometry)).toEqual(fullRoutes([mini]).features.map((f) => f.geometry));
		expect(all.features.every((f) => f.properties.active === false)).toBe(true);
	});
});
