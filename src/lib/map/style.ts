// The map's style: a print-like 1949 basemap and place labels, served entirely from this site (no tiles, no glyph server).
import type { ExpressionSpecification, FontFacesSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, GeoJSON, Point } from 'geojson';
import { MAP_COLORS } from '../ui/theme';
import type { Lang } from '../i18n/lang';
import { CITY_NAMES_MINZOOM, CITY_PLANS, CITY_PLANS_FILE } from '../data/basemap-files';
import { cityLayers, DETAIL_UNIT_LABELS, detailLabelLayers, detailLayers, overviewRiverLayers } from './detail-layers';
export { DETAIL_MASK, DETAIL_UNIT_LABELS } from './detail-layers';
import type { RouteStyle } from './route-layers';

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

export const SOURCE_IDS = { basemap: 'basemap', places: 'places', detail: 'basemap-detail', cities: 'city-plans', vehicleLabel: 'vehicle-label' } as const;

/**
 * The deepest zoom each source is cut into tiles at; above it MapLibre scales that zoom's tiles up. The data is
 * no finer than these (the overview is simplified for the whole continent, the detail tier for a region), and a
 * camera moving through zooms and places then asks the worker for far fewer tiles: a view at zoom 8 on a source
 * cut at 6 is one or two tiles, not a dozen, and they stay the same while it pans.
 */
export const TILE_MAXZOOM = { basemap: 6, places: 6, detail: 8, city: 12, route: 7 } as const;

/**
 * Tiles that leave the view are kept for this many zoom levels' worth of views (MapLibre's default is 5). A reader's
 * scroll-through comes back to Moscow, Beijing and the railway between them at zooms 3 to 10 and found their tiles re-cut
 * each time; a larger cache ends that, for a heap that grows with the places seen. A kiosk plays the story for weeks:
 * it keeps MapLibre's default, and its heap stays flat.
 */
export const TILE_CACHE_ZOOM_LEVELS = { reader: 20, kiosk: 5 } as const;

/** How far, in ems of the label, the name of the place the vehicle is at stands from its point: 17 px of vehicle and a gap at 11 px. */
export const VEHICLE_CLEAR_EM = 1.9;

/** Zoom from which the detail tier (finer coasts, all rivers, context labels) is drawn, and the city plans' names (Peiping's walls show from 6, see CITY_PLANS). */
export const DETAIL_MINZOOM = 5;
export const CITY_MINZOOM = CITY_NAMES_MINZOOM;

/**
 * The sources the style declares empty, for the app to fill (setData) the first time the camera reaches
 * `minzoom` (and, for a city, looks inside `bounds`). `file` is relative to the site root, without a
 * leading slash, so a base path can be put in front. scripts/prepare.ts writes the files.
 */
export const LAZY_SOURCES = [
	{ id: SOURCE_IDS.detail, file: 'generated/basemap-detail.json', minzoom: DETAIL_MINZOOM },
	// The three plans are one source (one set of tiles for the camera to ask for, not three), fetched when the camera nears one of the cities.
	{
		id: SOURCE_IDS.cities,
		file: `generated/${CITY_PLANS_FILE}`,
		minzoom: Math.min(...CITY_PLANS.map((c) => c.minzoom)),
		areas: CITY_PLANS.map((c) => ({ minzoom: c.minzoom, bounds: [[c.bounds[0], c.bounds[1]], [c.bounds[2], c.bounds[3]]] as [[number, number], [number, number]] }))
	}
] as const;
export type LazySourceId = (typeof LAZY_SOURCES)[number]['id'];

export const LAYER_IDS = {
	sea: 'sea',
	land: 'land-fill',
	units: 'units-fill',
	lakes: 'lakes-fill',
	lakeShores: 'lakes-shore',
	coast: 'coast-line',
	borders: 'borders-line',
	unitLabels: 'unit-labels',
	placesMinorDot: 'places-minor-dot',
	placesMinorLabel: 'places-minor-label',
	placesMajorDot: 'places-major-dot',
	placesMajorLabel: 'places-major-label',
	vehicleMinorLabel: 'vehicle-minor-label',
	vehicleMajorLabel: 'vehicle-major-label'
} as const;

/** The route layers go just under this one (buildStyle's `routes`; the bench's step page adds its own before it): over the land, under every label. */
export const ROUTE_INSERT_BEFORE = LAYER_IDS.unitLabels;

/** Places of lower importance (rank > 1) appear from this zoom on, so the overview stays uncluttered. */
export const MINOR_PLACES_MINZOOM = 4.5;

/** What buildStyle needs on each place: the text to show (already in the reader's language) and 1 = most important. */
export type PlaceLabelProperties = { rank: number } & Record<`label${number}`, string>;

/** The basemap's colours, defined once with the rest of the theme. */
export const PALETTE = MAP_COLORS;

type StyleOptions = {
	/** URL of static/generated/basemap.json as the site serves it, e.g. `${base}/generated/basemap.json`. */
	basemapUrl: string;
	/** The generated font-faces map (src/lib/generated/font-faces.json). */
	fontFaces: FontFacesSpecification;
	/** Place points with a `label<epoch>` property per naming epoch and a `rank` (see map/labels.ts). */
	places: FeatureCollection<Point>;
	/** The naming epoch to show first; the app updates the `epoch` global state as the story's date moves. */
	epoch?: number;
	/** The edition's language: labels lead with it. */
	lang?: Lang;
	/** Data for the lazy sources (a URL or GeoJSON); by default each is declared empty, for the app to fill at its zoom. */
	lazyData?: Partial<Record<LazySourceId, string | GeoJSON>>;
	/** Every label's size times this (the kiosk's screen is read from a step or two away); 1 by default. */
	textScale?: number;
	/** The journeys' sources and layers (map/route-layers.ts routeStyle), drawn over the land and under every label. */
	routes?: RouteStyle;
	/** A source for the name of the place the vehicle stands at and its layers (the scene applier fills it): the story's map has one, a bare map none. */
	vehicleLabel?: boolean;
};

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

const kind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];
const byZoom = (from: number, to: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 2, from, 7, to];
const isMajor: ExpressionSpecification = ['<=', ['to-number', ['get', 'rank'], 99], 1];
const isMinor: ExpressionSpecification = ['>', ['to-number', ['get', 'rank'], 99], 1];

/** The basemap's labels in an edition: `label` leads with English, `label_zh` and `label_ru` with theirs (scripts/basemap-tiers.ts). */
export const labelField = (lang: Lang = 'en'): ExpressionSpecification => (lang === 'en' ? ['get', 'label'] : ['coalesce', ['get', `label_${lang}`], ['get', 'label']]);

/** A `text-size` times `k`. MapLibre allows `['zoom']` only as the input of a top-level curve, so a zoom curve's stops are scaled one by one. */
export function scaleTextSize(size: unknown, k: number): unknown {
	if (k === 1) return size;
	if (typeof size === 'number') return Math.round(size * k * 100) / 100;
	if (!Array.isArray(size)) return size;
	const zoomInput = (e: unknown) => Array.isArray(e) && e[0] === 'zoom';
	// ['interpolate', type, input, stop, out, …] and ['step', input, out0, stop, out, …]: scale the outputs.
	if (size[0] === 'interpolate' && zoomInput(size[2])) return size.map((v, i) => (i >= 4 && i % 2 === 0 ? scaleTextSize(v, k) : v));
	if (size[0] === 'step' && zoomInput(size[1])) return size.map((v, i) => (i >= 2 && i % 2 === 0 ? scaleTextSize(v, k) : v));
	return ['*', k, size];
}

export function buildStyle(opts: StyleOptions): StyleSpecification {
	const style = withRoutes(baseStyle(opts), opts.routes);
	const k = opts.textScale ?? 1;
	if (k === 1) return style;
	const scaled = (l: LayerSpecification): LayerSpecification =>
		l.type === 'symbol' ? { ...l, layout: { ...l.layout, 'text-size': scaleTextSize(l.layout?.['text-size'] ?? 16, k) as ExpressionSpecification } } : l;
	return { ...style, layers: style.layers.map(scaled) };
}

function withRoutes(style: StyleSpecification, routes: RouteStyle | undefined): StyleSpecification {
	if (!routes) return style;
	const at = style.layers.findIndex((l) => l.id === ROUTE_INSERT_BEFORE);
	return { ...style, sources: { ...style.sources, ...routes.sources }, layers: [...style.layers.slice(0, at), ...routes.layers, ...style.layers.slice(at)] };
}

function baseStyle(opts: StyleOptions): StyleSpecification {
	const placeText = (size: ExpressionSpecification, offset = 0.55) => ({
		// Period names: the app sets the `epoch` global state as the story's date crosses a renaming.
		'text-field': ['get', ['concat', 'label', ['to-string', ['global-state', 'epoch']]]] as ExpressionSpecification,
		'text-font': [FONT_REGULAR],
		'text-size': size,
		'text-variable-anchor': ['left' as const, 'right' as const, 'top' as const, 'bottom' as const],
		'text-radial-offset': offset,
		'text-justify': 'auto' as const,
		'text-max-width': 9,
		'symbol-sort-key': ['to-number', ['get', 'rank'], 99] as ExpressionSpecification
	});
	const placePaint = { 'text-color': PALETTE.ink, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.3 };
	// The name of the place the vehicle stands at is hidden here (feature state, no re-layout) and shown clear of the vehicle by the vehicle-label layers.
	const underVehicle: ExpressionSpecification = ['case', ['boolean', ['feature-state', 'vehicle'], false], 0, 1];
	const minorSize: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], MINOR_PLACES_MINZOOM, 11, 8, 13];
	const majorSize: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 2, 12.5, 7, 15];
	const unitColour: ExpressionSpecification = ['match', ['get', 'name'], 'USSR', PALETTE.ussr, 'China', PALETTE.china, 'Mongolia', PALETTE.mongolia, PALETTE.land];
	const text = { font: FONT_REGULAR, halo: PALETTE.halo, label: labelField(opts.lang) };
	const rivers = overviewRiverLayers(SOURCE_IDS.basemap, text);
	const detailLabels = detailLabelLayers(SOURCE_IDS.detail, DETAIL_MINZOOM, CITY_MINZOOM, text);
	// The smaller rivers' names go above the minor towns' (placed first): a town's name has four places to go, a river's only its line.
	const riverFirst = (l: LayerSpecification) => l.id === 'detail-river-labels-medium' || l.id === 'detail-river-labels-minor';
	const cities = CITY_PLANS.map((c) => cityLayers(c.id, SOURCE_IDS.cities, c.minzoom, CITY_MINZOOM, { ...text, bold: FONT_BOLD }));
	const lazySources = Object.fromEntries(
		LAZY_SOURCES.map((l) => [
			l.id,
			{ type: 'geojson' as const, data: opts.lazyData?.[l.id] ?? EMPTY, ...(l.id === SOURCE_IDS.detail ? { attribution: 'GSHHG/WDBII (LGPL)', maxzoom: TILE_MAXZOOM.detail } : { maxzoom: TILE_MAXZOOM.city }) }
		])
	);
	/** The names of the USSR, China and Mongolia, to half a level past the detail tier's zoom. */
	const unitLabels = (id: string, source: string): LayerSpecification => ({
		id,
		type: 'symbol',
		source,
		filter: kind('unit-label'),
		maxzoom: 5.5,
		layout: {
			'text-field': labelField(opts.lang),
			'text-font': [FONT_REGULAR],
			'text-size': ['interpolate', ['linear'], ['zoom'], 2, 12, 5, 17],
			'text-letter-spacing': 0.35,
			'text-allow-overlap': false
		},
		paint: { 'text-color': PALETTE.unitLabel, 'text-halo-color': PALETTE.land, 'text-halo-width': 1 }
	});
	const dot = (radius: number) => ({
		'circle-radius': radius,
		'circle-color': PALETTE.ink,
		'circle-stroke-color': PALETTE.halo,
		'circle-stroke-width': 1
	});

	return {
		version: 8,
		name: 'Treaty road 1949',
		projection: { type: 'mercator' },
		'font-faces': opts.fontFaces,
		state: { epoch: { default: opts.epoch ?? 0 } },
		sources: {
			[SOURCE_IDS.basemap]: {
				type: 'geojson',
				data: opts.basemapUrl,
				maxzoom: TILE_MAXZOOM.basemap,
				attribution: 'Natural Earth, redrawn to the 1949 borders'
			},
			[SOURCE_IDS.places]: { type: 'geojson', data: opts.places, maxzoom: TILE_MAXZOOM.places },
			...(opts.vehicleLabel ? { [SOURCE_IDS.vehicleLabel]: { type: 'geojson' as const, data: EMPTY, maxzoom: TILE_MAXZOOM.places } } : {}),
			...lazySources
		},
		layers: [
			{ id: LAYER_IDS.sea, type: 'background', paint: { 'background-color': PALETTE.sea } },
			{ id: LAYER_IDS.land, type: 'fill', source: SOURCE_IDS.basemap, filter: kind('land'), paint: { 'fill-color': PALETTE.land } },
			{ id: LAYER_IDS.units, type: 'fill', source: SOURCE_IDS.basemap, filter: kind('unit'), paint: { 'fill-color': unitColour } },
			{ id: LAYER_IDS.lakes, type: 'fill', source: SOURCE_IDS.basemap, filter: kind('lake'), paint: { 'fill-color': PALETTE.sea } },
			{
				id: LAYER_IDS.lakeShores,
				type: 'line',
				source: SOURCE_IDS.basemap,
				filter: kind('lake'),
				paint: { 'line-color': PALETTE.coast, 'line-width': byZoom(0.4, 1) }
			},
			{
				id: LAYER_IDS.coast,
				type: 'line',
				source: SOURCE_IDS.basemap,
				filter: kind('coast'),
				layout: { 'line-join': 'round' },
				paint: { 'line-color': PALETTE.coast, 'line-width': byZoom(0.4, 1) }
			},
			{
				id: LAYER_IDS.borders,
				type: 'line',
				source: SOURCE_IDS.basemap,
				filter: kind('border'),
				layout: { 'line-join': 'round' },
				paint: { 'line-color': PALETTE.border, 'line-width': byZoom(0.6, 1.4), 'line-dasharray': [3, 2] }
			},
			...rivers.lines,
			...detailLayers(SOURCE_IDS.detail, DETAIL_MINZOOM, CITY_MINZOOM, unitColour, { sea: PALETTE.sea, coast: PALETTE.coast, border: PALETTE.border }),
			...cities.flatMap((c) => c.shapes),
			unitLabels(LAYER_IDS.unitLabels, SOURCE_IDS.basemap),
			// The same names from the detail tier, for when the overview has stopped at its zoom (map/overview.ts); until then one of the two pairs collides and is not drawn.
			{ ...unitLabels(DETAIL_UNIT_LABELS, SOURCE_IDS.detail), minzoom: DETAIL_MINZOOM },
			...rivers.labels,
			...detailLabels.filter((l) => !riverFirst(l)),
			...cities.flatMap((c) => c.labels),
			// Minor before major: MapLibre places the upper layer's labels first, so capitals win collisions.
			{
				id: LAYER_IDS.placesMinorDot,
				type: 'circle',
				source: SOURCE_IDS.places,
				filter: isMinor,
				minzoom: MINOR_PLACES_MINZOOM,
				paint: dot(2.4)
			},
			{
				id: LAYER_IDS.placesMinorLabel,
				type: 'symbol',
				source: SOURCE_IDS.places,
				filter: isMinor,
				minzoom: MINOR_PLACES_MINZOOM,
				layout: placeText(minorSize),
				paint: { ...placePaint, 'text-opacity': underVehicle }
			},
			...detailLabels.filter(riverFirst),
			{ id: LAYER_IDS.placesMajorDot, type: 'circle', source: SOURCE_IDS.places, filter: isMajor, paint: dot(3.4) },
			{
				id: LAYER_IDS.placesMajorLabel,
				type: 'symbol',
				source: SOURCE_IDS.places,
				filter: isMajor,
				layout: placeText(majorSize),
				paint: { ...placePaint, 'text-opacity': underVehicle }
			},
			// Last, so placed first: the name of the place the vehicle stands at, moved out from under it (the vehicle is 34 px across).
			...(opts.vehicleLabel
				? ([
						{ id: LAYER_IDS.vehicleMinorLabel, type: 'symbol', source: SOURCE_IDS.vehicleLabel, filter: isMinor, minzoom: MINOR_PLACES_MINZOOM, layout: placeText(minorSize, VEHICLE_CLEAR_EM), paint: placePaint },
						{ id: LAYER_IDS.vehicleMajorLabel, type: 'symbol', source: SOURCE_IDS.vehicleLabel, filter: isMajor, layout: placeText(majorSize, VEHICLE_CLEAR_EM), paint: placePaint }
					] satisfies LayerSpecification[])
				: [])
		]
	};
}
