// Tests for src/lib/map/tile-cover.ts: every tile a line or point reaches is in its cover, and the tiles it does not reach are not.
import { describe, expect, it } from 'vitest';
import type { LineString, Point } from 'geojson';
import { boundsCover, COVER_MARGIN, inCover, tileCover, tileKey } from '../../../src/lib/map/tile-cover';
import { mercX, mercY } from '../../../src/lib/story/camera';

const tileOf = (lon: number, lat: number, z: number) => ({ z, x: Math.floor(mercX(lon) * 2 ** z), y: Math.floor(mercY(lat) * 2 ** z) });
const line = (coordinates: number[][]): LineString => ({ type: 'LineString', coordinates });
const point = (lon: number, lat: number): Point => ({ type: 'Point', coordinates: [lon, lat] });

describe('tileCover', () => {
	// Beijing to Moscow in two legs, the second long enough to cross many tiles at zoom 7.
	const route = line([[116.4, 39.9], [117.4, 49.6], [37.6, 55.75]]);
	const cover = tileCover([route], 7);

	it('holds the tile of every point along the line, at every zoom up to maxzoom', () => {
		const c = route.coordinates as [number, number][];
		const legs: [[number, number], [number, number]][] = [[c[0]!, c[1]!], [c[1]!, c[2]!]];
		for (const [p, q] of legs) {
			for (let t = 0; t <= 1; t += 0.001) {
				// Along the line in Mercator, as the tiles are cut.
				const x = mercX(p[0]) + (mercX(q[0]) - mercX(p[0])) * t;
				const y = mercY(p[1]) + (mercY(q[1]) - mercY(p[1])) * t;
				for (let z = 0; z <= 7; z++) expect(inCover(cover, { z, x: Math.floor(x * 2 ** z), y: Math.floor(y * 2 ** z) }), `z${z} t${t}`).toBe(true);
			}
		}
	});

	it('leaves out tiles the line does not come near', () => {
		for (const [lon, lat] of [[-74, 40.7], [151.2, -33.9], [116.4, 20], [80, 30]]) expect(inCover(cover, tileOf(lon!, lat!, 7)), `${lon},${lat}`).toBe(false);
		// Far fewer tiles than the world's 4^7 at zoom 7.
		expect([...cover].filter((k) => k >= tileKey(7, 0, 0) && k < tileKey(8, 0, 0)).length).toBeLessThan(400);
		expect(inCover(cover, { z: 8, x: 0, y: 0 })).toBe(false);
	});

	it('counts a neighbouring tile within the margin, and not one beyond it', () => {
		const z = 6;
		const n = 2 ** z;
		// A point just inside the west edge of tile x = 40, at a tile's mid-height.
		const lonAt = (x: number) => (x / n) * 360 - 180;
		const latAtMid = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((0.5 - (y + 0.5) / n) * 2 * Math.PI)) - 90;
		const near = tileCover([point(lonAt(40 + COVER_MARGIN / 2), latAtMid(20))], z);
		expect(near.has(tileKey(z, 40, 20))).toBe(true);
		expect(near.has(tileKey(z, 39, 20))).toBe(true);
		const far = tileCover([point(lonAt(40 + COVER_MARGIN * 2), latAtMid(20))], z);
		expect(far.has(tileKey(z, 40, 20))).toBe(true);
		expect(far.has(tileKey(z, 39, 20))).toBe(false);
	});

	it('numbers every tile of the pyramid once', () => {
		const keys = new Set<number>();
		for (let z = 0; z <= 4; z++) for (let x = 0; x < 2 ** z; x++) for (let y = 0; y < 2 ** z; y++) keys.add(tileKey(z, x, y));
		expect(keys.size).toBe(1 + 4 + 16 + 64 + 256);
		expect(Math.max(...keys)).toBe(keys.size - 1);
	});

	it('wraps across the antimeridian', () => {
		const c = tileCover([point(179.999, 0)], 3);
		expect(c.has(tileKey(3, 7, 3)) || c.has(tileKey(3, 7, 4))).toBe(true);
		expect(c.has(tileKey(3, 0, 3)) || c.has(tileKey(3, 0, 4))).toBe(true);
	});

	it('refuses areas, which a cover of outlines would get wrong', () => {
		expect(() => tileCover([{ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 0]]] }], 4)).toThrow(/Polygon.*only points and lines/);
	});
});

describe('boundsCover', () => {
	// Moscow's city plan box.
	const box = [37.2, 55.55, 37.95, 56.05] as const;
	const cover = boundsCover([box], 12);

	it('holds every tile that meets the box, at every zoom', () => {
		for (let z = 0; z <= 12; z++) {
			for (const [lon, lat] of [[37.2, 55.55], [37.95, 56.05], [37.6, 55.8], [37.2, 56.05], [37.95, 55.55]]) expect(inCover(cover, tileOf(lon!, lat!, z)), `z${z} ${lon},${lat}`).toBe(true);
		}
	});

	it('holds no tile well away from the box', () => {
		expect(inCover(cover, tileOf(30.3, 59.9, 12))).toBe(false);
		expect(inCover(cover, tileOf(37.6, 55.3, 12))).toBe(false);
		expect(inCover(cover, tileOf(38.3, 55.8, 12))).toBe(false);
		expect([...cover].filter((k) => k >= tileKey(12, 0, 0) && k < tileKey(13, 0, 0)).length).toBeLessThan(200);
	});
});
