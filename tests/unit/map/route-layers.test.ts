// Tests for src/lib/map/route-layers.ts: the routes are part of the first style, over the land and under every label; the journey told and the legs travelled are feature state.
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import { buildStyle, LAYER_IDS, ROUTE_INSERT_BEFORE } from '../../../src/lib/map/style';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { ROUTE_LAYERS, ROUTE_SOURCES, routeStyle, setTravelled, showJourney } from '../../../src/lib/map/route-layers';
import { journeyKeys } from '../../../src/lib/map/route-features';
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

describe('feature state of the still source', () => {
	/** A map that records the feature state it is given, as MapLibre keeps it: by id, key by key. */
	const stateMap = () => {
		const state = new Map<string, Record<string, unknown>>();
		const map = {
			setFeatureState: ({ id }: { id: string }, s: Record<string, unknown>) => state.set(id, { ...state.get(id), ...s }),
			removeFeatureState: ({ id }: { id: string }, key: string) => {
				const s = { ...state.get(id) };
				delete s[key];
				state.set(id, s);
			}
		} as unknown as MapLibreMap;
		const with_ = (key: string) => [...state].filter(([, s]) => s[key]).map(([id]) => id).sort();
		return { map, with_ };
	};
	const keys = journeyKeys(story.journeys.values());

	it('lights the legs and stops of the journey told, and only those, as the story turns from one to another', () => {
		const { map, with_ } = stateMap();
		showJourney(map, keys, null, 'mini');
		expect(with_('told')).toEqual([...keys.get('mini')!].sort());
		showJourney(map, keys, 'mini', null);
		expect(with_('told')).toEqual([]);
	});

	it('marks the travelled legs by what changed, and leaves the told state alone', () => {
		const { map, with_ } = stateMap();
		const [a, b, c] = keys.get('mini')!;
		showJourney(map, keys, null, 'mini');
		setTravelled(map, new Set(), new Set([a!, b!]));
		expect(with_('travelled')).toEqual([a, b].sort());
		setTravelled(map, new Set([a!, b!]), new Set([b!, c!]));
		expect(with_('travelled')).toEqual([b, c].sort());
		expect(with_('told')).toEqual([...keys.get('mini')!].sort());
	});

	it('keys every feature of the still source uniquely, as its promoteId', () => {
		const still = routeStyle(story.journeys.values()).sources[ROUTE_SOURCES.still]!;
		const features = still.type === 'geojson' && typeof still.data === 'object' && 'features' in still.data ? still.data.features : [];
		expect(still.type === 'geojson' && still.promoteId).toBe('key');
		const ids = features.map((f) => f.properties?.key);
		expect(new Set(ids).size).toBe(features.length);
		expect(new Set(ids)).toEqual(new Set([...keys.values()].flat()));
	});
});
