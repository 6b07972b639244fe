// The layers of the lazy tiers: the detail cover (finer coasts, rivers, context labels) from zoom 5 and the schematic city plans from zoom 9, in the print-like palette of the basemap.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';

// Colours of water, walls and city features: defined with the rest of the theme, in the basemap's muted print palette.
import { CITY_COLORS as CITY, WATER_COLORS as WATER } from '../ui/theme';

const kind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];
const kinds = (...ks: string[]): ExpressionSpecification => ['match', ['get', 'kind'], ks, true, false];
const type = (t: string): ExpressionSpecification => ['all', kind('context'), ['==', ['get', 'type'], t]];
const rank = ['to-number', ['get', 'rank'], 4] as ExpressionSpecification;
const cls = ['to-number', ['get', 'class'], 3] as ExpressionSpecification;

/**
 * River width by importance and zoom: the great rivers (rank 1) read from the overview, minor WDBII
 * classes stay hairlines. Rank 4 is the unnamed network, whose WDBII class then decides.
 */
export const riverWidth: ExpressionSpecification = [
	'interpolate',
	['linear'],
	['zoom'],
	2,
	['match', rank, 1, 0.7, 2, 0.45, 3, 0.35, 0.25],
	6,
	['match', rank, 1, 1.6, 2, 1.2, 3, 1, ['match', cls, 1, 0.8, 2, 0.55, 0.4]],
	10,
	['match', rank, 1, 2.6, 2, 2.1, 3, 1.8, ['match', cls, 1, 1.4, 2, 1, 0.8]]
];

/** `label`: the expression that picks the edition's label (style.ts labelField). */
export type TextOptions = { font: string; halo: string; label: ExpressionSpecification };

/** A detail river, except the pieces inside a city plan's box once the plan (which draws its own river) shows. */
const riverIn = (cityMinzoom: number): ExpressionSpecification => ['all', kind('river'), ['any', ['!', ['has', 'city']], ['<', ['zoom'], cityMinzoom]]];

function riverLabel(id: string, source: string, filter: ExpressionSpecification, minzoom: number, t: TextOptions, maxzoom?: number, spacing = 520, size: [number, number] = [10.5, 12]): LayerSpecification {
	return {
		id,
		type: 'symbol',
		source,
		filter,
		minzoom,
		...(maxzoom ? { maxzoom } : {}),
		layout: {
			'symbol-placement': 'line',
			'symbol-spacing': spacing,
			'text-field': t.label,
			'text-font': [t.font],
			'text-size': ['interpolate', ['linear'], ['zoom'], 3, size[0], 8, size[1]],
			'text-letter-spacing': 0.06,
			// Even smoothed (basemap-tiers.ts chaikin), rivers wind: a strict angle would leave most of them unnamed.
			'text-max-angle': 80,
			'text-offset': [0, -0.7]
		},
		paint: { 'text-color': WATER.riverLabel, 'text-halo-color': t.halo, 'text-halo-width': 1.3 }
	};
}

/** Overview rivers: drawn under the detail cover, so they show until it has loaded; the great ones named from zoom 3.5. */
export function overviewRiverLayers(source: string, t: TextOptions): { lines: LayerSpecification[]; labels: LayerSpecification[] } {
	return {
		lines: [{ id: 'rivers-overview', type: 'line', source, filter: kind('river'), layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': WATER.river, 'line-width': riverWidth } }],
		labels: [riverLabel('rivers-overview-label', source, ['all', kind('river-label'), ['==', rank, 1]], 3.5, t, 5)]
	};
}

/** The sea-coloured mask that hides the overview under the detail cover (map/overview.ts hides it too once the overview has stopped). */
export const DETAIL_MASK = 'detail-mask';
/** The countries' names from the detail tier (style.ts draws them as the overview's, from the detail's zoom). */
export const DETAIL_UNIT_LABELS = 'detail-unit-labels';

/**
 * The detail cover, from zoom 5: a sea-coloured mask over the window, then units, lakes, coast, rivers
 * and borders. Drawn above the overview, so the two never show at once once it has loaded.
 */
export function detailLayers(source: string, minzoom: number, cityMinzoom: number, unitColour: ExpressionSpecification, p: { sea: string; coast: string; border: string }): LayerSpecification[] {
	const z = { source, minzoom };
	const river = riverIn(cityMinzoom);
	return [
		{ id: DETAIL_MASK, type: 'fill', ...z, filter: kind('mask'), paint: { 'fill-color': p.sea, 'fill-antialias': false } },
		{ id: 'detail-units', type: 'fill', ...z, filter: kind('unit'), paint: { 'fill-color': unitColour } },
		{ id: 'detail-lakes', type: 'fill', ...z, filter: kind('lake'), paint: { 'fill-color': p.sea } },
		{ id: 'detail-lake-shores', type: 'line', ...z, filter: kind('lake'), paint: { 'line-color': p.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.7, 10, 1.2] } },
		{ id: 'detail-coast', type: 'line', ...z, filter: kind('coast'), layout: { 'line-join': 'round' }, paint: { 'line-color': p.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 10, 1.4] } },
		{ id: 'detail-rivers-minor', type: 'line', ...z, minzoom: 6, filter: ['all', river, ['>', rank, 3], ['>=', cls, 3]], layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': WATER.river, 'line-width': riverWidth, 'line-opacity': 0.8 } },
		{ id: 'detail-rivers', type: 'line', ...z, filter: ['all', river, ['any', ['<=', rank, 3], ['<', cls, 3]]], layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': WATER.river, 'line-width': riverWidth } },
		{ id: 'detail-borders', type: 'line', ...z, filter: kind('border'), layout: { 'line-join': 'round' }, paint: { 'line-color': p.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.1, 10, 1.6], 'line-dasharray': [3, 2] } }
	];
}

/** Names of rivers and of the context features (lakes, ranges, seas, Korea, the 38th parallel), above the routes. */
export function detailLabelLayers(source: string, minzoom: number, cityMinzoom: number, t: TextOptions): LayerSpecification[] {
	const z = { source, minzoom };
	const riverName = kind('river-label');
	const text = { 'text-field': t.label, 'text-font': [t.font] };
	return [
		// Names inside a city plan's box (the Neva's) have their own layer, which stops where the plan, with its own names, begins.
		riverLabel('detail-river-labels', source, ['all', riverName, ['!', ['has', 'city']], ['==', rank, 1]], minzoom, t),
		// The shorter rivers get more, smaller chances to find room between the towns on their banks (the Yalu between Andong and Ji'an).
		riverLabel('detail-river-labels-medium', source, ['all', riverName, ['!', ['has', 'city']], ['==', rank, 2]], minzoom, t, undefined, 120, [9.5, 11.5]),
		riverLabel('detail-river-labels-minor', source, ['all', riverName, ['!', ['has', 'city']], ['==', rank, 3]], 6, t, undefined, 120, [9.5, 11.5]),
		riverLabel('detail-river-labels-city', source, ['all', riverName, ['has', 'city']], 6, t, cityMinzoom),
		{
			id: 'context-ranges',
			type: 'symbol',
			...z,
			filter: type('range'),
			layout: { ...text, 'symbol-placement': 'line-center', 'text-size': 12, 'text-letter-spacing': 0.45, 'text-transform': 'uppercase', 'text-max-angle': 25 },
			paint: { 'text-color': '#8a7560', 'text-halo-color': t.halo, 'text-halo-width': 1.2 }
		},
		{
			id: 'context-parallel',
			type: 'symbol',
			...z,
			filter: type('parallel'),
			layout: { ...text, 'symbol-placement': 'line-center', 'text-size': 11, 'text-letter-spacing': 0.12, 'text-offset': [0, -0.8] },
			paint: { 'text-color': '#6b6255', 'text-halo-color': t.halo, 'text-halo-width': 1.3 }
		},
		{
			id: 'context-waters',
			type: 'symbol',
			...z,
			filter: ['any', type('lake-label'), type('sea-label')],
			layout: { ...text, 'text-size': ['match', ['get', 'type'], 'sea-label', 12.5, 12], 'text-letter-spacing': 0.2, 'text-max-width': 7, 'symbol-sort-key': rank },
			paint: { 'text-color': ['match', ['get', 'type'], 'sea-label', WATER.seaLabel, WATER.lakeLabel], 'text-halo-color': t.halo, 'text-halo-width': 1, 'text-opacity': ['match', rank, 1, 1, 0.85] }
		},
		{
			id: 'context-countries',
			type: 'symbol',
			...z,
			filter: type('country-label'),
			layout: { ...text, 'text-size': 15, 'text-letter-spacing': 0.35 },
			paint: { 'text-color': '#8f806b', 'text-halo-color': t.halo, 'text-halo-width': 1 }
		}
	];
}

/** One city plan's drawing (under the routes) and its names (above them). */
export function cityLayers(city: string, source: string, minzoom: number, namesMinzoom: number, t: TextOptions & { bold: string }): { shapes: LayerSpecification[]; labels: LayerSpecification[] } {
	const z = { source, minzoom };
	const named = { source, minzoom: Math.max(minzoom, namesMinzoom) };
	// The plans share a source; each city's layers draw its own features (basemap-tiers.ts buildCityPlans tags them), from its own zoom.
	const own = (filter: ExpressionSpecification): FilterSpecification => ['all', ['==', ['get', 'city'], city], filter];
	const id = `city-${city}`;
	// Widths from the plan's first zoom: at 6 a wall is a hairline round a 15 px city.
	const w = (atNames: number, at13: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 6, atNames * 0.45, namesMinzoom, atNames, 13, at13];
	const polygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
	const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
	return {
		shapes: [
			{ id: `${id}-areas`, type: 'fill', ...z, filter: own(['all', polygon, kinds('palace', 'park', 'building', 'works')]), paint: { 'fill-color': CITY.palace, 'fill-outline-color': CITY.palaceEdge, 'fill-opacity': 0.85 } },
			{ id: `${id}-river`, type: 'line', ...z, filter: own(kind('river')), layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': WATER.river, 'line-width': w(2.5, 7) } },
			{ id: `${id}-streets`, type: 'line', ...z, filter: own(kind('street')), layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': CITY.street, 'line-width': w(1.5, 4) } },
			{ id: `${id}-rings`, type: 'line', ...z, filter: own(kind('ring')), layout: { 'line-join': 'round' }, paint: { 'line-color': CITY.ring, 'line-width': w(1.8, 5), 'line-dasharray': [4, 1.5] } },
			{ id: `${id}-walls`, type: 'line', ...z, filter: own(kind('wall')), layout: { 'line-join': 'miter' }, paint: { 'line-color': CITY.wall, 'line-width': w(2, 5) } },
			{ id: `${id}-palace-edges`, type: 'line', ...z, filter: own(['all', polygon, kinds('palace')]), paint: { 'line-color': CITY.palaceEdge, 'line-width': 1.2 } },
			{
				id: `${id}-points`,
				type: 'circle',
				...named,
				filter: own(['all', isPoint, ['!', kinds('square')]]),
				paint: {
					'circle-radius': ['match', ['get', 'kind'], 'station', 4.2, 'gate', 3.4, 'dacha', 3.6, 3],
					'circle-color': ['match', ['get', 'kind'], 'station', CITY.station, 'gate', CITY.wall, 'dacha', CITY.dacha, '#fffaf0'],
					'circle-stroke-color': ['match', ['get', 'kind'], 'station', '#fffaf0', 'gate', '#fffaf0', 'dacha', '#fffaf0', CITY.wall],
					'circle-stroke-width': 1.3
				}
			}
		],
		labels: [
			{
				id: `${id}-line-labels`,
				type: 'symbol',
				...named,
				filter: own(kinds('ring', 'street', 'river', 'wall')),
				layout: { 'symbol-placement': 'line', 'symbol-spacing': 350, 'text-field': t.label, 'text-font': [t.font], 'text-size': 11, 'text-letter-spacing': 0.06, 'text-max-angle': 35, 'text-offset': [0, -0.8] },
				paint: { 'text-color': ['match', ['get', 'kind'], 'river', WATER.riverLabel, '#6b5640'], 'text-halo-color': t.halo, 'text-halo-width': 1.3 }
			},
			{
				id: `${id}-labels`,
				type: 'symbol',
				...named,
				filter: own(['any', isPoint, kinds('palace')]),
				layout: {
					'text-field': t.label,
					'text-font': [t.font],
					'text-size': ['match', ['get', 'kind'], 'palace', 12, 'station', 11.5, 11],
					'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
					'text-radial-offset': 0.7,
					'text-justify': 'auto',
					'text-max-width': 8,
					'symbol-sort-key': ['match', ['get', 'kind'], 'station', 1, 'palace', 2, 'dacha', 3, 'gate', 5, 4]
				},
				paint: { 'text-color': '#2f2a24', 'text-halo-color': t.halo, 'text-halo-width': 1.4 }
			}
		]
	};
}
