// The 1949 basemap: one USSR, a separate Mongolia, Korea split at 38°N, Baikal in place, nothing outside the region.
import { beforeAll, describe, expect, it } from 'vitest';
import { geoArea, geoContains } from 'd3-geo';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { buildBasemap, CLIP_BOX, koreaDemarcation, type BasemapProperties } from '../../../scripts/basemap';

const EARTH_RADIUS_KM = 6371;
let fc: FeatureCollection<Geometry, BasemapProperties>;
beforeAll(() => {
	fc = buildBasemap();
});

const units = (name: string) => fc.features.filter((f) => f.properties.kind === 'unit' && f.properties.name === name);

function polygons(g: Geometry): Position[][][] {
	return g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
}

function positions(g: Geometry): Position[] {
	switch (g.type) {
		case 'Point':
			return [g.coordinates];
		case 'MultiPoint':
		case 'LineString':
			return g.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return g.coordinates.flat();
		case 'MultiPolygon':
			return g.coordinates.flat(2);
		case 'GeometryCollection':
			return g.geometries.flatMap(positions);
	}
}

// The output uses d3's winding on purpose, so d3 itself is the check: a wrongly wound ring would
// make geoArea nearly the whole sphere and geoContains true almost everywhere.
const areaKm2 = (g: Geometry) => geoArea(g) * EARTH_RADIUS_KM ** 2;
const contains = (g: Geometry, p: [number, number]) => geoContains(g, p);

describe('buildBasemap', () => {
	it('has one USSR, about as large as the Soviet Union inside the window', () => {
		const ussr = units('USSR');
		expect(ussr).toHaveLength(1);
		// 22.4 million km² in all; the window drops Chukotka, Kamchatka's east and the high Arctic.
		const area = areaKm2(ussr[0]!.geometry);
		expect(area).toBeGreaterThan(17e6);
		expect(area).toBeLessThan(21.5e6);
		expect(contains(ussr[0]!.geometry, [37.62, 55.75])).toBe(true); // Moscow
		expect(contains(ussr[0]!.geometry, [69.24, 41.3])).toBe(true); // Tashkent
		expect(contains(ussr[0]!.geometry, [30.52, 50.45])).toBe(true); // Kiev
	});

	it('puts each city in exactly one unit, as the build step finds it with d3', () => {
		const unitsAt = (p: [number, number]) =>
			fc.features.filter((f) => f.properties.kind === 'unit' && contains(f.geometry, p)).map((f) => f.properties.name);
		expect(unitsAt([116.4, 39.9])).toEqual(['China']); // Beijing
		expect(unitsAt([37.62, 55.75])).toEqual(['USSR']); // Moscow
		expect(unitsAt([117.43, 49.6])).toEqual(['China']); // Manzhouli
		expect(unitsAt([117.326, 49.651])).toEqual(['USSR']); // Zabaikalsk (then Otpor), 6 km across the border
		expect(unitsAt([150, 30])).toEqual([]); // the Pacific
	});

	it('keeps Mongolia, China and Taiwan separate', () => {
		expect(units('Mongolia')).toHaveLength(1);
		expect(contains(units('Mongolia')[0]!.geometry, [106.92, 47.92])).toBe(true); // Ulaanbaatar
		expect(contains(units('China')[0]!.geometry, [116.4, 39.9])).toBe(true); // Beijing
		expect(units('Republic of China (Taiwan)')).toHaveLength(1);
		expect(units('Pakistan')[0]!.geometry.type).toBe('MultiPolygon'); // West and East Pakistan
		expect(units('Russia')).toHaveLength(0);
		expect(units('Bangladesh')).toHaveLength(0);
	});

	it('splits Korea at the 38th parallel', () => {
		const north = units('North Korea')[0]!.geometry;
		const south = units('South Korea')[0]!.geometry;
		expect(Math.min(...positions(north).map((p) => p[1]!))).toBeGreaterThanOrEqual(38);
		expect(Math.max(...positions(south).map((p) => p[1]!))).toBeLessThanOrEqual(38);
		expect(contains(south, [126.98, 37.57])).toBe(true); // Seoul
		expect(contains(south, [126.55, 37.97])).toBe(true); // Kaesong, south of the line until 1950
		expect(contains(north, [125.75, 39.03])).toBe(true); // Pyongyang
		const line = koreaDemarcation(fc);
		expect(line.length).toBeGreaterThan(0);
		for (const l of line) for (const p of l.coordinates) expect(p[1]).toBe(38);
	});

	it('draws Lake Baikal as water, with the railway towns on its south shore outside it', () => {
		const baikal = fc.features.find((f) => f.properties.kind === 'lake' && f.properties.name === 'Lake Baikal');
		expect(baikal).toBeDefined();
		expect(contains(baikal!.geometry, [108, 53.5])).toBe(true);
		expect(contains(baikal!.geometry, [105.2, 51.8])).toBe(true); // southern basin
		expect(contains(baikal!.geometry, [107.34, 53.19])).toBe(false); // Khuzhir, on Olkhon island
		expect(contains(baikal!.geometry, [104.296, 52.298])).toBe(false); // Irkutsk
		expect(contains(baikal!.geometry, [104.14, 51.515])).toBe(false); // Baikalsk
		expect(contains(baikal!.geometry, [107.606, 51.827])).toBe(false); // Ulan-Ude
	});

	it('keeps units, borders and lakes inside the story window, and nothing spans the antimeridian', () => {
		const [w, s, e, n] = CLIP_BOX;
		for (const f of fc.features) {
			const pts0 = positions(f.geometry);
			expect(Math.max(...pts0.map((p) => p[0]!)) - Math.min(...pts0.map((p) => p[0]!))).toBeLessThanOrEqual(210);
			if (f.properties.kind === 'land' || (f.properties.kind === 'coast' && pts0.some((p) => p[0]! < w || p[1]! < s || p[1]! > n || p[0]! > e))) continue;
			const pts = positions(f.geometry);
			const xs = pts.map((p) => p[0]!);
			const ys = pts.map((p) => p[1]!);
			expect(Math.min(...xs)).toBeGreaterThanOrEqual(w);
			expect(Math.max(...xs)).toBeLessThanOrEqual(e);
			expect(Math.min(...ys)).toBeGreaterThanOrEqual(s);
			expect(Math.max(...ys)).toBeLessThanOrEqual(n);
			expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(180);
		}
	});

	it('has borders between 1949 units only, and coasts', () => {
		const kinds = new Set(fc.features.map((f) => f.properties.kind));
		expect(kinds).toEqual(new Set(['land', 'unit', 'lake', 'border', 'coast', 'unit-label']));
		// Outside the window only plain land is drawn: no border reaches west of it (Germany's 1949 split is not redrawn).
		const west = fc.features.filter((f) => f.properties.kind === 'border').flatMap((f) => positions(f.geometry));
		expect(west.every(([x = 0]) => x >= CLIP_BOX[0])).toBe(true);
		// No Soviet internal border: nothing runs along the Russia–Kazakhstan line near Orenburg (55.1E 51.0N).
		const borders = fc.features.filter((f) => f.properties.kind === 'border').flatMap((f) => positions(f.geometry));
		expect(borders.some(([x = 0, y = 0]) => Math.abs(x - 55.1) < 1.5 && Math.abs(y - 50.9) < 0.7)).toBe(false);
		// The modern DMZ is gone; the only Korean border points south of 38.5N are on the 38th parallel.
		expect(borders.some(([x = 0, y = 0]) => x > 126.6 && x < 128.4 && y > 38.05 && y < 38.4)).toBe(false);
	});
});

describe('buildBasemap, simplified hard as for the overview tier', () => {
	it('leaves the open sea to the sea (no ring turned inside out covers the window)', () => {
		const hard = buildBasemap({ simplifyDeg: () => 0.2, decimals: 2, minExtentDeg: 0.25 });
		const seas: [number, number][] = [[120, 39], [60, 15], [88, 15], [150, 45], [27, 59.9], [135, 40]];
		for (const p of seas) {
			const over = hard.features.filter((f) => (f.properties.kind === 'unit' || f.properties.kind === 'land') && contains(f.geometry, p)).map((f) => f.properties.name ?? f.properties.kind);
			expect(over, `${p}`).toEqual([]);
		}
	});
});
