// The map style is valid MapLibre, has no glyph server, and loads nothing from another host.
import { describe, expect, it } from 'vitest';
import { expression, latest, validateStyleMin, type SymbolLayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import { buildStyle, CITY_MINZOOM, DETAIL_MINZOOM, FONT_REGULAR, LAYER_IDS, LAZY_SOURCES, ROUTE_INSERT_BEFORE, SOURCE_IDS, VEHICLE_CLEAR_EM } from '../../../src/lib/map/style';
import { buildFontFaces } from '../../../scripts/fonts';

const places: FeatureCollection<Point> = {
	type: 'FeatureCollection',
	features: [
		{ type: 'Feature', properties: { label0: 'Moscow', rank: 1 }, geometry: { type: 'Point', coordinates: [37.62, 55.75] } },
		{ type: 'Feature', properties: { label0: '满洲里', rank: 2 }, geometry: { type: 'Point', coordinates: [117.43, 49.6] } }
	]
};

const { fontFaces } = await buildFontFaces('Moscow Москва 满洲里 北京');
const style = () => buildStyle({ basemapUrl: '/generated/basemap.json', fontFaces, places });

/** Every string in the style that names a scheme (http:, https:, mapbox:, …). */
function absoluteUrls(value: unknown): string[] {
	if (typeof value === 'string') return /^[a-z][a-z0-9+.-]*:/i.test(value) ? [value] : [];
	if (Array.isArray(value)) return value.flatMap(absoluteUrls);
	if (value && typeof value === 'object') return Object.values(value).flatMap(absoluteUrls);
	return [];
}

describe('buildStyle', () => {
	it('validates against the MapLibre style spec', () => {
		expect(validateStyleMin(style())).toEqual([]);
	});

	it('has no glyphs or sprite server and uses the bundled font for every label', () => {
		const s = style();
		expect(s.glyphs).toBeUndefined();
		expect(s.sprite).toBeUndefined();
		expect(s['font-faces']?.[FONT_REGULAR]).toBeDefined();
		for (const layer of s.layers.filter((l) => l.type === 'symbol')) {
			expect(layer.layout?.['text-font'], layer.id).toEqual([FONT_REGULAR]);
		}
	});

	it('only refers to files on this site', () => {
		const s = style();
		expect(absoluteUrls(s)).toEqual([]);
		const fontUrls = Object.values(s['font-faces'] ?? {}).flatMap((faces) => (typeof faces === 'string' ? [faces] : faces.map((f) => f.url)));
		expect(fontUrls.length).toBeGreaterThan(0);
		for (const url of fontUrls) expect(url).toMatch(/^\/generated\/fonts\/[\w-]+\.woff2$/);
		const basemap = s.sources[SOURCE_IDS.basemap];
		expect(basemap?.type === 'geojson' && basemap.data).toBe('/generated/basemap.json');
	});

	it('exports layer ids that exist, in a sensible order', () => {
		const full = buildStyle({ basemapUrl: '/generated/basemap.json', fontFaces, places, vehicleLabel: true });
		const ids = full.layers.map((l) => l.id);
		const lazy = new Set<string>(LAZY_SOURCES.map((l) => l.id));
		const core = full.layers.filter((l) => !('source' in l) || !lazy.has(l.source as string)).map((l) => l.id);
		expect(new Set(core.filter((id) => !id.startsWith('rivers-overview')))).toEqual(new Set(Object.values(LAYER_IDS)));
		expect(ids).toContain(ROUTE_INSERT_BEFORE);
		expect(ids.indexOf(LAYER_IDS.units)).toBeLessThan(ids.indexOf(LAYER_IDS.lakes));
		expect(ids.indexOf(LAYER_IDS.placesMinorLabel)).toBeLessThan(ids.indexOf(LAYER_IDS.placesMajorLabel));
	});
});

describe('the lazy tiers', () => {
	it('declares every lazy source empty, for the app to fill at its zoom', () => {
		const s = style();
		for (const l of LAZY_SOURCES) {
			const src = s.sources[l.id];
			expect(src?.type).toBe('geojson');
			expect(src?.type === 'geojson' && src.data).toEqual({ type: 'FeatureCollection', features: [] });
			expect(l.file).toMatch(/^generated\/[a-z-]+\.json$/);
		}
		expect(LAZY_SOURCES.map((l) => l.id)).toEqual(['basemap-detail', 'city-plans']);
	});

	it('draws each lazy source from its zoom, routes above the shapes and under their names', () => {
		const layers = style().layers;
		const ids = layers.map((l) => l.id);
		const route = ids.indexOf(ROUTE_INSERT_BEFORE);
		for (const l of LAZY_SOURCES) {
			const own = layers.filter((x) => 'source' in x && x.source === l.id);
			expect(own.length, l.id).toBeGreaterThan(2);
			for (const x of own) expect(x.minzoom ?? 0, x.id).toBeGreaterThanOrEqual(l.minzoom);
			// Shapes before the route insertion point, names after it.
			for (const x of own) expect(ids.indexOf(x.id) < route, x.id).toBe(x.type !== 'symbol');
		}
		expect(DETAIL_MINZOOM).toBeLessThan(CITY_MINZOOM);
		// The detail cover sits above every overview layer it replaces.
		expect(ids.indexOf('detail-mask')).toBeGreaterThan(ids.indexOf(LAYER_IDS.borders));
		expect(ids.indexOf('detail-mask')).toBeGreaterThan(ids.indexOf('rivers-overview'));
	});

	it('validates with the tiers filled in, as the app will fill them', () => {
		const lazyData = Object.fromEntries(LAZY_SOURCES.map((l) => [l.id, `/${l.file}`]));
		expect(validateStyleMin(buildStyle({ basemapUrl: '/generated/basemap.json', fontFaces, places, lazyData }))).toEqual([]);
	});
});

describe('the place the vehicle is at', () => {
	const withVehicle = buildStyle({ basemapUrl: '/generated/basemap.json', fontFaces, places, vehicleLabel: true });
	const layer = (id: string) => withVehicle.layers.find((l) => l.id === id) as SymbolLayerSpecification;
	const evaluate = (value: unknown, spec: unknown, state: Record<string, unknown> = {}) => {
		const e = expression.createExpression(value, spec as never);
		if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
		return e.value.evaluate({ zoom: 5 }, { type: 'Point', properties: { rank: 1 }, geometry: [] } as never, state) as number;
	};
	const opacity = (id: string, state: Record<string, unknown>) => evaluate(layer(id).paint!['text-opacity'], latest.paint_symbol['text-opacity'], state);
	const offset = (id: string) => evaluate(layer(id).layout!['text-radial-offset'], latest.layout_symbol['text-radial-offset']);

	it('hides its name where the names are, by feature state, and only its name', () => {
		for (const id of [LAYER_IDS.placesMajorLabel, LAYER_IDS.placesMinorLabel]) {
			expect(opacity(id, { vehicle: true }), id).toBe(0);
			expect(opacity(id, {}), id).toBe(1);
		}
	});
	it('shows it instead from its own source, clear of the 34 px vehicle, placed before every other label', () => {
		expect(VEHICLE_CLEAR_EM * 11).toBeGreaterThanOrEqual(17 + 3);
		for (const [copy, of] of [
			[LAYER_IDS.vehicleMajorLabel, LAYER_IDS.placesMajorLabel],
			[LAYER_IDS.vehicleMinorLabel, LAYER_IDS.placesMinorLabel]
		] as const) {
			expect(layer(copy).source).toBe(SOURCE_IDS.vehicleLabel);
			expect(offset(copy)).toBe(VEHICLE_CLEAR_EM);
			expect(offset(of)).toBeLessThan(1);
			const { layout: a, ...restA } = layer(copy);
			const { layout: b, ...restB } = layer(of);
			expect({ ...a, 'text-radial-offset': 0 }).toEqual({ ...b, 'text-radial-offset': 0 });
			expect({ ...restA, id: '', source: '', paint: {} }).toEqual({ ...restB, id: '', source: '', paint: {} });
		}
		// MapLibre places the upper layers' labels first: the vehicle's is on top.
		const symbols = withVehicle.layers.filter((l) => l.type === 'symbol').map((l) => l.id);
		expect(symbols.slice(-2).sort()).toEqual([LAYER_IDS.vehicleMajorLabel, LAYER_IDS.vehicleMinorLabel].sort());
		expect(validateStyleMin(withVehicle)).toEqual([]);
	});
	it('is left out of a map that has no vehicle', () => {
		expect(style().sources[SOURCE_IDS.vehicleLabel]).toBeUndefined();
		expect(style().layers.some((l) => 'source' in l && l.source === SOURCE_IDS.vehicleLabel)).toBe(false);
	});
});
