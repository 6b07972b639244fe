// Tests for src/lib/map/route-layers.ts: the routes are part of the first style, over the land and under every label.
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import { buildStyle, LAYER_IDS, ROUTE_INSERT_BEFORE } from '../../../src/lib/map/style';
import { ROUTE_LAYERS, ROUTE_SOURCES, routeStyle } from '../../../src/lib/map/route-layers';
import { miniStory } from '../story/fixture';

const places: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
const story = miniStory();
const styled = () => buildStyle({ basemapUrl: '/generated/basemap.json', fontFaces: {}, places, routes: routeStyle(story.journeys.values()) });

describe('routeStyle', () => {
	it('holds every journey whole, and its stops, in the still source; the drawn source starts empty', () => {
		const { sources } = routeStyle(story.journeys.values());
		const still = sources[ROUTE_SOURCES.still];
		const features = still?.type === 'geojson' && typeof still.data === 'object' && 'features' in still.data ? still.data.features : [];
		expect(new Set(features.map((f) => f.properties?.journey))).toEqual(new Set(story.journeys.keys()));
		expect(features.some((f) => f.geometry.type === 'LineString')).toBe(true);
		expect(features.some((f) => f.geometry.type === 'Point')).toBe(true);
		const drawn = sources[ROUTE_SOURCES.drawn];
		expect(drawn?.type === 'geojson' && drawn.data).toEqual({ type: 'FeatureCollection', features: [] });
	});

	it('is inserted by buildStyle into a valid style, just under the first label layer', () => {
		const s = styled();
		expect(validateStyleMin(s)).toEqual([]);
		const ids = s.layers.map((l) => l.id);
		const routeIds = Object.values(ROUTE_LAYERS);
		const at = ids.indexOf(ROUTE_INSERT_BEFORE);
		expect(ids.slice(at - routeIds.length, at)).toEqual(routeIds);
		expect(ids.indexOf(LAYER_IDS.land)).toBeLessThan(ids.indexOf(ROUTE_LAYERS.full));
		for (const id of Object.values(ROUTE_SOURCES)) expect(s.sources[id], id).toBeDefined();
	});

	it('leaves the style without routes when none are given', () => {
		const s = buildStyle({ basemapUrl: '/generated/basemap.json', fontFaces: {}, places });
		expect(s.layers.some((l) => routeIdsOf(l.id))).toBe(false);
		expect(Object.keys(s.sources).some((id) => (Object.values(ROUTE_SOURCES) as string[]).includes(id))).toBe(false);
	});
});

const routeIdsOf = (id: string) => (Object.values(ROUTE_LAYERS) as string[]).includes(id);
