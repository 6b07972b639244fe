// Adds the journey sources and layers to a map, and returns the function that removes them again.
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Journey } from '../story/journey';
import { fullRoutes, stopPoints } from './route-features';
import { COLORS } from '../ui/theme';
import { TILE_MAXZOOM } from './style';

/** geojson-vt's simplification, in pixels at the zoom tiles are cut at (its default is 0.375). */
const ROUTE_TOLERANCE = 0.1;

/** `still`: what never changes, the whole routes and their stops in one source (one set of tiles for the camera to ask for, not two); `drawn`: the travelled part. */
export const ROUTE_SOURCES = { still: 'route-still', drawn: 'route-drawn' } as const;
export const ROUTE_LAYERS = {
	full: 'route-full-line',
	drawnCasing: 'route-drawn-casing',
	drawn: 'route-drawn-line',
	stops: 'route-stops-circle'
} as const;

const INK = COLORS.route;
const inferred: ExpressionSpecification = ['==', ['get', 'certainty'], 'inferred'];
const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
/** `opacity` on the journey being told (showJourney), nothing on the others. */
const told = (opacity: number): ExpressionSpecification => ['case', ['boolean', ['feature-state', 'told'], false], opacity, 0];

/** `beforeId`: the first label layer, so that place names stay readable above the routes. */
export function addRouteLayers(map: MapLibreMap, journeys: Iterable<Journey>, beforeId?: string): () => void {
	const all = [...journeys];
	// Cut at zoom 7 with a fine tolerance, so that the line scaled up to the signing's zoom 10.5 is still within a pixel of the route.
	const tiling = { maxzoom: TILE_MAXZOOM.route, tolerance: ROUTE_TOLERANCE } as const;
	// Feature state keyed by journey (promoteId) says which journey is being told: a paint change, where a filter would make
	// the worker lay the source out again and empty its cache of tiles each time the story turns to another journey.
	map.addSource(ROUTE_SOURCES.still, { type: 'geojson', data: { type: 'FeatureCollection', features: [...fullRoutes(all).features, ...stopPoints(all).features] }, promoteId: 'journey', ...tiling });
	map.addSource(ROUTE_SOURCES.drawn, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, ...tiling });
	// The whole route stays faintly visible so the reader sees where the journey is going.
	map.addLayer({
		id: ROUTE_LAYERS.full,
		type: 'line',
		source: ROUTE_SOURCES.still,
		filter: isLine,
		layout: { 'line-join': 'round', 'line-cap': 'round' },
		paint: { 'line-color': INK, 'line-opacity': told(0.28), 'line-width': 2, 'line-dasharray': ['case', inferred, ['literal', [2, 2]], ['literal', [1, 0]]] }
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
		source: ROUTE_SOURCES.still,
		filter: isPoint,
		paint: {
			'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 2, 6, 4],
			'circle-color': COLORS.paper,
			'circle-opacity': told(1),
			'circle-stroke-color': INK,
			'circle-stroke-width': 1.5,
			'circle-stroke-opacity': told(1)
		}
	}, beforeId);
	return () => {
		for (const id of Object.values(ROUTE_LAYERS)) if (map.getLayer(id)) map.removeLayer(id);
		for (const id of Object.values(ROUTE_SOURCES)) if (map.getSource(id)) map.removeSource(id);
	};
}

/** The faint "still to come" line and the station dots belong to the journey being told; others stay hidden. */
export function showJourney(map: MapLibreMap, journeyId: string | null): void {
	map.removeFeatureState({ source: ROUTE_SOURCES.still });
	if (journeyId) map.setFeatureState({ source: ROUTE_SOURCES.still, id: journeyId }, { told: true });
}
