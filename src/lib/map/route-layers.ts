// Adds the journey sources and layers to a map, and returns the function that removes them again.
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Journey } from '../story/journey';
import { fullRoutes, stopPoints } from './route-features';
import { COLORS } from '../ui/theme';
import { TILE_MAXZOOM } from './style';

/** geojson-vt's simplification, in pixels at the zoom tiles are cut at (its default is 0.375). */
const ROUTE_TOLERANCE = 0.1;

export const ROUTE_SOURCES = { full: 'route-full', drawn: 'route-drawn', stops: 'route-stops' } as const;
export const ROUTE_LAYERS = {
	full: 'route-full-line',
	drawnCasing: 'route-drawn-casing',
	drawn: 'route-drawn-line',
	stops: 'route-stops-circle'
} as const;

const INK = COLORS.route;
const inferred: ExpressionSpecification = ['==', ['get', 'certainty'], 'inferred'];

/** `beforeId`: the first label layer, so that place names stay readable above the routes. */
export function addRouteLayers(map: MapLibreMap, journeys: Iterable<Journey>, beforeId?: string): () => void {
	const all = [...journeys];
	// Cut at zoom 7 with a fine tolerance, so that the line scaled up to the signing's zoom 10.5 is still within a pixel of the route.
	const tiling = { maxzoom: TILE_MAXZOOM.route, tolerance: ROUTE_TOLERANCE } as const;
	map.addSource(ROUTE_SOURCES.full, { type: 'geojson', data: fullRoutes(all), ...tiling });
	map.addSource(ROUTE_SOURCES.drawn, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, ...tiling });
	map.addSource(ROUTE_SOURCES.stops, { type: 'geojson', data: stopPoints(all), ...tiling });
	// The whole route stays faintly visible so the reader sees where the journey is going.
	map.addLayer({
		id: ROUTE_LAYERS.full,
		type: 'line',
		source: ROUTE_SOURCES.full,
		layout: { 'line-join': 'round', 'line-cap': 'round' },
		paint: { 'line-color': INK, 'line-opacity': 0.28, 'line-width': 2, 'line-dasharray': ['case', inferred, ['literal', [2, 2]], ['literal', [1, 0]]] }
	}, beforeId);
	map.addLayer({
		id: ROUTE_LAYERS.drawnCasing,
		type: 'line',
		source: ROUTE_SOURCES.drawn,
		filter: ['!', inferred],
		layout: { 'line-join': 'round', 'line-cap': 'round' },
		paint: { 'line-color': COLORS.paper, 'line-width': 6.5, 'line-opacity': 0.9 }
	}, beforeId);
	map.addLayer({
		id: ROUTE_LAYERS.drawn,
		type: 'line',
		source: ROUTE_SOURCES.drawn,
		layout: { 'line-join': 'round', 'line-cap': 'round' },
		paint: {
			'line-color': INK,
			'line-width': ['case', ['boolean', ['get', 'active'], false], 3.5, 2.5],
			'line-opacity': ['case', ['boolean', ['get', 'active'], false], 1, 0.5],
			'line-dasharray': ['case', inferred, ['literal', [1.5, 1.5]], ['literal', [1, 0]]]
		}
	}, beforeId);
	map.addLayer({
		id: ROUTE_LAYERS.stops,
		type: 'circle',
		source: ROUTE_SOURCES.stops,
		paint: {
			'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 2, 6, 4],
			'circle-color': COLORS.paper,
			'circle-stroke-color': INK,
			'circle-stroke-width': 1.5
		}
	}, beforeId);
	showJourney(map, null);
	return () => {
		for (const id of Object.values(ROUTE_LAYERS)) if (map.getLayer(id)) map.removeLayer(id);
		for (const id of Object.values(ROUTE_SOURCES)) if (map.getSource(id)) map.removeSource(id);
	};
}

/** The faint "still to come" line and the station dots belong to the journey being told; others stay hidden. */
export function showJourney(map: MapLibreMap, journeyId: string | null): void {
	const filter: ExpressionSpecification = ['==', ['get', 'journey'], journeyId ?? ''];
	map.setFilter(ROUTE_LAYERS.full, filter);
	map.setFilter(ROUTE_LAYERS.stops, filter);
}
