// Pure: the tiles, at each zoom a GeoJSON source is cut at, that hold any of its features, so that the map asks the worker for no others.
import type { Geometry } from 'geojson';
import { mercX, mercY } from '../story/camera';

/**
 * How far around a feature a tile still counts as holding it, in tiles of the zoom being covered: 1/32 of a tile is
 * 16–32 px on screen at that zoom (more when MapLibre scales the deepest tiles up), wider than a route's casing, a stop's
 * circle or their antialiasing reach into a neighbouring tile.
 */
export const COVER_MARGIN = 1 / 32;

/** One number per tile of the pyramid: the tiles of the zooms above come first (4^0 + … + 4^(z-1)), then row by row. */
export const tileKey = (z: number, x: number, y: number): number => (4 ** z - 1) / 3 + y * 2 ** z + x;

/** The key of every tile from zoom 0 to `maxzoom` that a point or line reaches (within COVER_MARGIN of a tile). */
export function tileCover(geometries: Iterable<Geometry>, maxzoom: number): Set<number> {
	// In Mercator units of the world (0–1), once: each zoom scales them.
	const lines: (readonly [number, number])[][] = [];
	for (const g of geometries) for (const path of paths(g)) lines.push(path.map(([lon, lat]) => [mercX(lon!), mercY(lat!)] as const));
	const cover = new Set<number>();
	for (let z = 0; z <= maxzoom; z++) {
		const n = 2 ** z;
		// Samples a margin apart: every point of a line is within half a margin of one, so the boxes of ±margin around them
		// hold the line and at least half a margin (8–16 px at this zoom) on each side.
		const step = COVER_MARGIN;
		// Most samples fall in the tiles of the one before: those are not marked again.
		const last = [NaN, NaN, NaN, NaN];
		const mark = (x: number, y: number) => {
			const x0 = Math.floor(x - COVER_MARGIN), x1 = Math.floor(x + COVER_MARGIN);
			const y0 = Math.max(0, Math.floor(y - COVER_MARGIN)), y1 = Math.min(n - 1, Math.floor(y + COVER_MARGIN));
			if (x0 === last[0] && x1 === last[1] && y0 === last[2] && y1 === last[3]) return;
			last.splice(0, 4, x0, x1, y0, y1);
			for (let tx = x0; tx <= x1; tx++) for (let ty = y0; ty <= y1; ty++) cover.add(tileKey(z, ((tx % n) + n) % n, ty));
		};
		for (const line of lines) {
			const pts = line.map(([x, y]) => [x * n, y * n] as const);
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

/** The key of every tile from zoom 0 to `maxzoom` that meets one of the boxes ([west, south, east, north] in degrees), within COVER_MARGIN. */
export function boundsCover(boxes: Iterable<readonly [number, number, number, number]>, maxzoom: number): Set<number> {
	const cover = new Set<number>();
	for (const [w, s, e, n] of boxes) {
		for (let z = 0; z <= maxzoom; z++) {
			const k = 2 ** z;
			const x0 = Math.max(0, Math.floor(mercX(w) * k - COVER_MARGIN));
			const x1 = Math.min(k - 1, Math.floor(mercX(e) * k + COVER_MARGIN));
			// North has the smaller Mercator y.
			const y0 = Math.max(0, Math.floor(mercY(n) * k - COVER_MARGIN));
			const y1 = Math.min(k - 1, Math.floor(mercY(s) * k + COVER_MARGIN));
			for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) cover.add(tileKey(z, x, y));
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
export const inCover = (cover: ReadonlySet<number>, canonical: { z: number; x: number; y: number }): boolean => cover.has(tileKey(canonical.z, canonical.x, canonical.y));
