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
	legsCasing: 'route-legs-casing',
	drawnCasing: 'route-drawn-casing',
	legs: 'route-legs-line',
	drawn: 'route-drawn-line',
	legsInferred: 'route-legs-inferred',
	drawnInferred: 'route-drawn-inferred',
	stops: 'route-stops-circle'
} as const;

/** The live layers (map/live-route.ts) of the journey being told: its casing goes in under the drawn lines, the line itself over them. */
export const LIVE_LAYERS = { casing: { id: 'route-live-casing', before: ROUTE_LAYERS.legs }, line: { id: 'route-live-line', before: ROUTE_LAYERS.stops } } as const;

const INK = COLORS.route;
const inferred: ExpressionSpecification = ['==', ['get', 'certainty'], 'inferred'];
const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
/** `opacity` on the journey being told (showJourney), nothing on the others. */
const told = (opacity: number): ExpressionSpecification => ['case', ['boolean', ['feature-state', 'told'], false], opacity, 0];
/** `opacity` on a whole leg another journey has travelled (setTravelled), nothing on the rest. */
const travelled = (opacity: number): ExpressionSpecification => ['case', ['boolean', ['feature-state', 'travelled'], false], opacity, 0];
const round = { 'line-join': 'round', 'line-cap': 'round' } as const;
const fullPaint = { 'line-color': INK, 'line-opacity': told(0.28), 'line-width': 2 };
/** How the travelled route looks: the journey being told, the past ones, the casing under solid legs; the live layer (map/live-route.ts) draws the told one alike. */
export const DRAWN_LOOK = {
	told: { color: INK, width: 3.5, opacity: 1, dash: [1.5, 1.5] as const },
	past: { color: INK, width: 2.5, opacity: 0.5 },
	casing: { color: COLORS.paper, width: 6.5, opacity: 0.9 }
} as const;
/** The journeys not being told (the told one is live) are drawn quieter: their whole legs from the still source, a leg they stopped part-way along from the drawn one. */
const drawnPaint = { 'line-color': INK, 'line-width': DRAWN_LOOK.past.width, 'line-opacity': DRAWN_LOOK.past.opacity };
const casingPaint = { 'line-color': DRAWN_LOOK.casing.color, 'line-width': DRAWN_LOOK.casing.width, 'line-opacity': DRAWN_LOOK.casing.opacity };

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
			// Feature state keyed by leg and stop (promoteId) says which journey is being told and which legs are travelled: a paint
			// change, where a filter would make the worker lay the source out again and empty its cache of tiles each time.
			[ROUTE_SOURCES.still]: { type: 'geojson', data: { type: 'FeatureCollection', features: [...fullRoutes(all).features, ...stopPoints(all).features] }, promoteId: 'key', ...tiling },
			[ROUTE_SOURCES.drawn]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, ...tiling }
		},
		layers: [
			// The whole route stays faintly visible so the reader sees where the journey is going.
			{ id: ROUTE_LAYERS.full, type: 'line', source: ROUTE_SOURCES.still, filter: ['all', isLine, ['!', inferred]], layout: round, paint: fullPaint },
			{ id: ROUTE_LAYERS.fullInferred, type: 'line', source: ROUTE_SOURCES.still, filter: ['all', isLine, inferred], layout: round, paint: { ...fullPaint, 'line-dasharray': [2, 2] } },
			{ id: ROUTE_LAYERS.legsCasing, type: 'line', source: ROUTE_SOURCES.still, filter: ['all', isLine, ['!', inferred]], layout: round, paint: { ...casingPaint, 'line-opacity': travelled(DRAWN_LOOK.casing.opacity) } },
			{ id: ROUTE_LAYERS.drawnCasing, type: 'line', source: ROUTE_SOURCES.drawn, filter: ['!', inferred], layout: round, paint: casingPaint },
			{ id: ROUTE_LAYERS.legs, type: 'line', source: ROUTE_SOURCES.still, filter: ['all', isLine, ['!', inferred]], layout: round, paint: { ...drawnPaint, 'line-opacity': travelled(DRAWN_LOOK.past.opacity) } },
			{ id: ROUTE_LAYERS.drawn, type: 'line', source: ROUTE_SOURCES.drawn, filter: ['!', inferred], layout: round, paint: drawnPaint },
			{ id: ROUTE_LAYERS.legsInferred, type: 'line', source: ROUTE_SOURCES.still, filter: ['all', isLine, inferred], layout: round, paint: { ...drawnPaint, 'line-opacity': travelled(DRAWN_LOOK.past.opacity), 'line-dasharray': [...DRAWN_LOOK.told.dash] } },
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

/** The faint "still to come" line and the station dots belong to the journey being told (its keys, journeyKeys); others stay hidden. */
export function showJourney(map: MapLibreMap, keys: ReadonlyMap<string, readonly string[]>, from: string | null, to: string | null): void {
	for (const id of (from && keys.get(from)) || []) map.removeFeatureState({ source: ROUTE_SOURCES.still, id }, 'told');
	for (const id of (to && keys.get(to)) || []) map.setFeatureState({ source: ROUTE_SOURCES.still, id }, { told: true });
}

/** Marks the whole legs (by key) that journeys not being told have travelled, from the set marked before. */
export function setTravelled(map: MapLibreMap, from: ReadonlySet<string>, to: ReadonlySet<string>): void {
	for (const id of from) if (!to.has(id)) map.removeFeatureState({ source: ROUTE_SOURCES.still, id }, 'travelled');
	for (const id of to) if (!from.has(id)) map.setFeatureState({ source: ROUTE_SOURCES.still, id }, { travelled: true });
}

/** The live layers of the journey being told (map/live-route.ts), in its look. */
export function createLiveLayers(): { casing: LiveRouteLayer; line: LiveRouteLayer } {
	return { casing: new LiveRouteLayer(LIVE_LAYERS.casing.id, DRAWN_LOOK.casing), line: new LiveRouteLayer(LIVE_LAYERS.line.id, DRAWN_LOOK.told) };
}

/** Adds them to the map's style where they belong; again after a lost context (a rebuilt style has no custom layers). */
export function addLiveLayers(map: MapLibreMap, live: { casing: LiveRouteLayer; line: LiveRouteLayer }): void {
	for (const k of ['casing', 'line'] as const) if (!map.getLayer(LIVE_LAYERS[k].id)) map.addLayer(live[k], LIVE_LAYERS[k].before);
}
