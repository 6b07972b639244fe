// Tests for src/lib/map/overview.ts: once the detail tier is in, every overview layer stops at the detail's zoom and the mask goes; not before.
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import type { LayerSpecification, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { OverviewRetirer, overviewRetirement } from '../../../src/lib/map/overview';
import { buildStyle, DETAIL_MASK, DETAIL_MINZOOM, DETAIL_UNIT_LABELS, LAYER_IDS, SOURCE_IDS } from '../../../src/lib/map/style';

const places: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
const style = buildStyle({ basemapUrl: '/generated/basemap.json', fontFaces: {}, places });
const retirement = () => overviewRetirement(style.layers, SOURCE_IDS.basemap, DETAIL_MINZOOM, DETAIL_MASK);
const sourceOf = (l: LayerSpecification) => ('source' in l ? l.source : undefined);

describe('overviewRetirement', () => {
	it('ends every overview layer at the detail zoom, keeps their own start and earlier ends, and touches no other layer', () => {
		const r = retirement();
		const overview = style.layers.filter((l) => sourceOf(l) === SOURCE_IDS.basemap);
		expect(r.ranges.map((x) => x.id)).toEqual(overview.map((l) => l.id));
		for (const l of overview) {
			const got = r.ranges.find((x) => x.id === l.id)!;
			expect(got.maxzoom, l.id).toBe(Math.min(l.maxzoom ?? 24, DETAIL_MINZOOM));
			expect(got.minzoom, l.id).toBe(l.minzoom);
		}
		expect(r.mask).toBe(DETAIL_MASK);
	});

	it('leaves the countries named between the detail zoom and where their names end: the detail tier draws the same names there', () => {
		const of = (id: string) => style.layers.find((l) => l.id === id)!;
		const overview = of(LAYER_IDS.unitLabels);
		const detail = of(DETAIL_UNIT_LABELS);
		expect(sourceOf(detail)).toBe(SOURCE_IDS.detail);
		expect(detail.minzoom).toBe(DETAIL_MINZOOM);
		expect(detail.maxzoom).toBe(overview.maxzoom);
		expect(overview.maxzoom!).toBeGreaterThan(DETAIL_MINZOOM);
		const look = (l: LayerSpecification) => ({ type: l.type, layout: 'layout' in l ? l.layout : undefined, paint: 'paint' in l ? l.paint : undefined, filter: 'filter' in l ? l.filter : undefined });
		expect(look(detail)).toEqual(look(overview));
	});

	it('names the missing mask', () => {
		expect(() => overviewRetirement(style.layers.filter((l) => l.id !== DETAIL_MASK), SOURCE_IDS.basemap, DETAIL_MINZOOM, DETAIL_MASK)).toThrow(/no layer "detail-mask"/);
	});
});

describe('OverviewRetirer', () => {
	/** A map that records zoom ranges and visibility set, and lets a test fire its sourcedata events. */
	function fakeMap() {
		const calls: unknown[][] = [];
		let listener: ((e: MapSourceDataEvent) => void) | null = null;
		const map = {
			on: (type: string, fn: (e: MapSourceDataEvent) => void) => {
				expect(type).toBe('sourcedata');
				listener = fn;
				return { unsubscribe: () => (listener = null) };
			},
			setLayerZoomRange: (...a: unknown[]) => calls.push(['range', ...a]),
			setLayoutProperty: (...a: unknown[]) => calls.push(['layout', ...a])
		} as unknown as MapLibreMap;
		const fire = (e: Partial<MapSourceDataEvent>) => listener?.(e as MapSourceDataEvent);
		return { map, calls, fire, listening: () => listener !== null };
	}
	const tileLoaded = { sourceId: SOURCE_IDS.detail, tile: {}, isSourceLoaded: true };

	it('waits for the detail file, then for a loaded tile of it with none on its way; retires once', () => {
		const { map, calls, fire, listening } = fakeMap();
		let told = 0;
		const r = new OverviewRetirer(map, SOURCE_IDS.detail, retirement, () => told++);
		fire(tileLoaded);
		expect(calls, 'no file yet: the empty tier has loaded tiles too').toEqual([]);
		r.detailIn();
		fire({ ...tileLoaded, isSourceLoaded: false });
		fire({ ...tileLoaded, sourceId: SOURCE_IDS.basemap });
		fire({ ...tileLoaded, tile: undefined });
		expect(calls).toEqual([]);
		fire(tileLoaded);
		const expected = retirement();
		expect(calls).toEqual([...expected.ranges.map((x) => ['range', x.id, x.minzoom ?? 0, x.maxzoom]), ['layout', DETAIL_MASK, 'visibility', 'none']]);
		expect(told).toBe(1);
		expect(listening()).toBe(false);
	});

	it('stops listening when removed', () => {
		const { map, calls, fire, listening } = fakeMap();
		const r = new OverviewRetirer(map, SOURCE_IDS.detail, retirement);
		r.remove();
		r.detailIn();
		fire(tileLoaded);
		expect(listening()).toBe(false);
		expect(calls).toEqual([]);
	});
});
