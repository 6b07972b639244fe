// Pure: the tiles, at each zoom a GeoJSON source is cut at, that hold any of its features, so that the map asks the worker for no others.
import type { Geometry } from 'geojson';
import { mercX, mercY } from '../story/camera';

/**
 * How far around a feature a tile still counts as holding it, in tiles of the zoom being covered: 1/32 of a tile is
 * 16–32 px on screen at that zoom (more when MapLibre scales the deepest tiles up), wider than a route's casing, a stop's
 * circle or their antialiasing reach into a neighbouring tile.
 */
export const COVER_MARGIN = 1 / 32;

/** `z/x/y` of every tile from zoom 0 to `maxzoom` that a point or line reaches (within COVER_MARGIN of a tile). */
export function tileCover(geometries: Iterable<Geometry>, maxzoom: number): Set<string> {
	const lines: number[][][] = [];
	for (const g of geometries) lines.push(...paths(g));
	const cover = new Set<string>();
	for (let z = 0; z <= maxzoom; z++) {
		const n = 2 ** z;
		// Samples half a margin apart: every point of a line is within a quarter of a margin of one, so the boxes of ±margin
		// around them hold the line and at least three quarters of a margin on each side.
		const step = COVER_MARGIN / 2;
		const mark = (x: number, y: number) => {
			for (let tx = Math.floor(x - COVER_MARGIN); tx <= Math.floor(x + COVER_MARGIN); tx++) {
				for (let ty = Math.max(0, Math.floor(y - COVER_MARGIN)); ty <= Math.min(n - 1, Math.floor(y + COVER_MARGIN)); ty++) {
					cover.add(`${z}/${((tx % n) + n) % n}/${ty}`);
				}
			}
		};
		for (const line of lines) {
			const pts = line.map(([lon, lat]) => [mercX(lon!) * n, mercY(lat!) * n] as const);
			mark(pts[0]![0], pts[0]![1]);
			for (let i = 1; i < pts.length; i++) {
				const [ax, ay] = pts[i - 1]!;
				const [bx, by] = pts[i]!;
				const k = Math.ceil(Math.hypot(bx - ax, by - ay) / step);
				for (let j = 1; j <= k; j++) mark(ax + ((bx - ax) * j) / k, ay + ((by - ay) * j) / k);
			}
		}
	}
	return cover;
}

/** `z/x/y` of every tile from zoom 0 to `maxzoom` that meets one of the boxes ([west, south, east, north] in degrees), within COVER_MARGIN. */
export function boundsCover(boxes: Iterable<readonly [number, number, number, number]>, maxzoom: number): Set<string> {
	const cover = new Set<string>();
	for (const [w, s, e, n] of boxes) {
		for (let z = 0; z <= maxzoom; z++) {
			const k = 2 ** z;
			const x0 = Math.max(0, Math.floor(mercX(w) * k - COVER_MARGIN));
			const x1 = Math.min(k - 1, Math.floor(mercX(e) * k + COVER_MARGIN));
			// North has the smaller Mercator y.
			const y0 = Math.max(0, Math.floor(mercY(n) * k - COVER_MARGIN));
			const y1 = Math.min(k - 1, Math.floor(mercY(s) * k + COVER_MARGIN));
			for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) cover.add(`${z}/${x}/${y}`);
		}
	}
	return cover;
}

/** A geometry as lists of positions: each line or lone point. Areas are refused: a tile inside a polygon touches no ring. */
function paths(g: Geometry): number[][][] {
	switch (g.type) {
		case 'Point':
			return [[g.coordinates]];
		case 'MultiPoint':
			return g.coordinates.map((c) => [c]);
		case 'LineString':
			return [g.coordinates];
		case 'MultiLineString':
			return g.coordinates;
		case 'GeometryCollection':
			return g.geometries.flatMap(paths);
		default:
			throw new Error(`tileCover: a ${g.type} cannot be covered by its outline; only points and lines are supported`);
	}
}

/** Whether a tile (its canonical z/x/y; a tile MapLibre scales up past the source's maxzoom counts as its deepest one) is in `cover`. */
export const inCover = (cover: ReadonlySet<string>, canonical: { z: number; x: number; y: number }): boolean => cover.has(`${canonical.z}/${canonical.x}/${canonical.y}`);
