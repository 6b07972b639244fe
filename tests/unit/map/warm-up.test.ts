// Tests for map/warm-up: a layer's copy keeps what chooses its GPU program (type, paint, layout) and draws the warm-up shapes anywhere, overlapping nothing.
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { warmUpCopy } from '../../../src/lib/map/warm-up';
import { buildStyle } from '../../../src/lib/map/style';

const style = buildStyle({ basemapUrl: '/generated/basemap.json', fontFaces: {}, places: { type: 'FeatureCollection', features: [] } });

describe('warmUpCopy', () => {
	it('keeps the paint and layout, drops the zoom range and the filter, and draws from the warm-up source', () => {
		const layer = style.layers.find((l) => l.id === 'city-moscow-points')!;
		expect(layer.minzoom).toBeGreaterThan(5);
		const copy = warmUpCopy(layer)!;
		expect(copy.id).toBe('warm-up:city-moscow-points');
		// The paint that picks the program as it is (radius, colours from the data), the plain opacities made faint.
		const paint = (layer as { paint: Record<string, unknown> }).paint;
		expect(copy).toMatchObject({ type: 'circle', source: 'warm-up', paint: { ...paint, 'circle-opacity': 0.01, 'circle-stroke-opacity': 0.01 } });
		expect(copy.minzoom).toBeUndefined();
		expect((copy as { filter?: unknown }).filter).toEqual(['==', ['geometry-type'], 'Point']);
	});
	it('lays its labels out along the warm-up line or at its point, without pushing any real label away', () => {
		const along = style.layers.find((l) => l.type === 'symbol' && l.layout?.['symbol-placement'] === 'line')!;
		const copy = warmUpCopy(along) as Extract<LayerSpecification, { type: 'symbol' }>;
		expect((copy as { filter?: unknown }).filter).toEqual(['==', ['geometry-type'], 'LineString']);
		expect(copy.layout).toMatchObject({ ...along.layout, 'text-allow-overlap': true, 'text-ignore-placement': true });
		const fill = warmUpCopy(style.layers.find((l) => l.type === 'fill')!)!;
		expect((fill as { filter?: unknown }).filter).toEqual(['==', ['geometry-type'], 'Polygon']);
	});
	it('leaves an opacity that comes from the data or the feature state as it is: it chooses the program', () => {
		const told = { id: 'x', type: 'line', source: 's', paint: { 'line-opacity': ['case', ['boolean', ['feature-state', 'told'], false], 0.28, 0] } } as LayerSpecification;
		expect((warmUpCopy(told) as { paint: Record<string, unknown> }).paint['line-opacity']).toEqual(told.paint!['line-opacity' as never]);
	});
	it('copies nothing that has no program of its own to warm, nor its own copies', () => {
		expect(warmUpCopy(style.layers.find((l) => l.type === 'background')!)).toBeNull();
		expect(warmUpCopy(warmUpCopy(style.layers.find((l) => l.type === 'line')!)!)).toBeNull();
	});
});
