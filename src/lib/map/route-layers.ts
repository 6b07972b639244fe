// The journeys' sources and layers as a fragment of the style (buildStyle's `routes`), and the paint change that picks the journey told.
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import type { Journey } from '../story/journey';
import { fullRoutes, stopPoints } from './route-features';
import { COLORS } from '../ui/theme';
import { TILE_MAXZOOM } from './style';
import { tileCover } from './tile-cover';
import { LiveRouteLayer } from './live-route';

/** geojson-vt's simplification, in pixels at the zoom tiles are cut at (its default is 0.375). */
const ROUTE_TOLERANCE = 0.1;

/** `still`: what never changes, the whole routes and their stops in one source (one set of tiles for the camera to ask for, not two); `drawn`: the travelled part. */
export const ROUTE_SOURCES = { still: 'route-still', drawn: 'route-drawn' } as const;
/** Solid and dashed (inferred) legs are separate layers with constant dashes: a dash pattern that varies by feature makes the worker ask the main thread for dashes with every tile. */
export const ROUTE_LAYERS = {
	full: 'route-full-line',
	fullInferred: 'route-full-inferred',
	drawnCasing: 'route-drawn-casing',
	drawn: 'route-drawn-line',
	drawnInferred: 'route-drawn-inferred',
	stops: 'route-stops-circle'
} as const;

/** The live layers (map/live-route.ts) of the journey being told: its casing goes in under the drawn lines, the line itself over them. */
export const LIVE_LAYERS = { casing: { id: 'route-live-casing', before: ROUTE_LAYERS.drawn }, line: { id: 'route-live-line', before: ROUTE_LAYERS.stops } } as const;

const INK = COLORS.route;
const inferred: ExpressionSpecification = ['==', ['get', 'certainty'], 'inferred'];
const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
/** `opacity` on the journey being told (showJourney), nothing on the others. */
const told = (opacity: number): ExpressionSpecification => ['case', ['boolean', ['feature-state', 'told'], false], opacity, 0];
const round = { 'line-join': 'round', 'line-cap': 'round' } as const;
const fullPaint = { 'line-color': INK, 'line-opacity': told(0.28), 'line-width': 2 };
/** How the travelled route looks: the journey being told, the past ones, the casing under solid legs; the live layer (map/live-route.ts) draws the told one alike. */
export const DRAWN_LOOK = {
	told: { color: INK, width: 3.5, opacity: 1, dash: [1.5, 1.5] as const },
	past: { color: INK, width: 2.5, opacity: 0.5 },
	casing: { color: COLORS.paper, width: 6.5, opacity: 0.9 }
} as const;
/** The drawn layers hold the journeys not being told (the told one is live): drawn quieter. */
const drawnPaint = { 'line-color': INK, 'line-width': DRAWN_LOOK.past.width, 'line-opacity': DRAWN_LOOK.past.opacity };

/** What buildStyle inserts under the labels (ROUTE_INSERT_BEFORE). */
export interface RouteStyle {
	sources: Record<string, SourceSpecification>;
	layers: LayerSpecification[];
}

/**
 * The routes as part of the first style, not added at 'load': MapLibre fires 'load' once every source of the style has
 * its tiles, so sources added then were tiled only after the basemap, a second round before the first full frame.
 */
export function routeStyle(journeys: Iterable<Journey>): RouteStyle {
	const all = [...journeys];
	// Cut at zoom 7 with a fine tolerance, so that the line scaled up to the signing's zoom 10.5 is still within a pixel of the route.
	const tiling = { maxzoom: TILE_MAXZOOM.route, tolerance: ROUTE_TOLERANCE } as const;
	return {
		sources: {
			// Feature state keyed by journey (promoteId) says which journey is being told: a paint change, where a filter would make
			// the worker lay the source out again and empty its cache of tiles each time the story turns to another journey.
			[ROUTE_SOURCES.still]: { type: 'geojson', data: { type: 'FeatureCollection', features: [...fullRoutes(all).features, ...stopPoints(all).features] }, promoteId: 'journey', ...tiling },
			[ROUTE_SOURCES.drawn]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, ...tiling }
		},
		layers: [
			// The whole route stays faintly visible so the reader sees where the journey is going.
			{ id: ROUTE_LAYERS.full, type: 'line', source: ROUTE_SOURCES.still, filter: ['all', isLine, ['!', inferred]], layout: round, paint: fullPaint },
			{ id: ROUTE_LAYERS.fullInferred, type: 'line', source: ROUTE_SOURCES.still, filter: ['all', isLine, inferred], layout: round, paint: { ...fullPaint, 'line-dasharray': [2, 2] } },
			{
				id: ROUTE_LAYERS.drawnCasing,
				type: 'line',
				source: ROUTE_SOURCES.drawn,
				filter: ['!', inferred],
				layout: round,
				paint: { 'line-color': DRAWN_LOOK.casing.color, 'line-width': DRAWN_LOOK.casing.width, 'line-opacity': DRAWN_LOOK.casing.opacity }
			},
			{ id: ROUTE_LAYERS.drawn, type: 'line', source: ROUTE_SOURCES.drawn, filter: ['!', inferred], layout: round, paint: drawnPaint },
			{ id: ROUTE_LAYERS.drawnInferred, type: 'line', source: ROUTE_SOURCES.drawn, filter: inferred, layout: round, paint: { ...drawnPaint, 'line-dasharray': [...DRAWN_LOOK.told.dash] } },
			{
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
			}
		]
	};
}

/**
 * The tiles the routes and their stops reach at each zoom they are cut at: the only tiles the still source has anything
 * in (map/source-cover.ts). The drawn source starts with none; the scene applier gives it the tiles of what it holds.
 */
export function routeCover(journeys: Iterable<Journey>): Record<string, ReadonlySet<number>> {
	return { [ROUTE_SOURCES.still]: tileCover(fullRoutes([...journeys]).features.map((f) => f.geometry), TILE_MAXZOOM.route), [ROUTE_SOURCES.drawn]: new Set() };
}

/** The faint "still to come" line and the station dots belong to the journey being told; others stay hidden. */
export function showJourney(map: MapLibreMap, journeyId: string | null): void {
	map.removeFeatureState({ source: ROUTE_SOURCES.still });
	if (journeyId) map.setFeatureState({ source: ROUTE_SOURCES.still, id: journeyId }, { told: true });
}

/** The live layers of the journey being told (map/live-route.ts), in its look. */
export function createLiveLayers(): { casing: LiveRouteLayer; line: LiveRouteLayer } {
	return { casing: new LiveRouteLayer(LIVE_LAYERS.casing.id, DRAWN_LOOK.casing), line: new LiveRouteLayer(LIVE_LAYERS.line.id, DRAWN_LOOK.told) };
}

/** Adds them to the map's style where they belong; again after a lost context (a rebuilt style has no custom layers). */
export function addLiveLayers(map: MapLibreMap, live: { casing: LiveRouteLayer; line: LiveRouteLayer }): void {
	for (const k of ['casing', 'line'] as const) if (!map.getLayer(LIVE_LAYERS[k].id)) map.addLayer(live[k], LIVE_LAYERS[k].before);
}
