// Pure: the vertices the live route layer (map/live-route.ts) draws a polyline with: one quad per segment, in Web Mercator units, with the distance along the line for dashes.
import { mercX, mercY } from '../story/camera';

/** Floats per vertex: the segment's two ends (x, y each), which corner of its quad this is (along, across: ±1), the distance along the line at its start and its length. */
export const LIVE_VERTEX_FLOATS = 8;
/** Two triangles per segment. */
export const LIVE_VERTICES_PER_SEGMENT = 6;
const CORNERS = [
	[-1, -1],
	[1, -1],
	[1, 1],
	[-1, -1],
	[1, 1],
	[-1, 1]
] as const;

/**
 * The mesh of a [lon, lat] polyline: every segment a quad that the vertex shader widens to the line's width on screen
 * and the fragment shader rounds into a capsule (round joins and caps, like the style's lines). Coordinates are Web
 * Mercator in 0…1 (MapLibre's world square), lengths in the same unit: times the world's size in pixels, they are pixels.
 */
export function liveMesh(coords: readonly (readonly number[])[]): Float32Array {
	const n = Math.max(0, coords.length - 1);
	const out = new Float32Array(n * LIVE_VERTICES_PER_SEGMENT * LIVE_VERTEX_FLOATS);
	let along = 0;
	let o = 0;
	for (let i = 0; i < n; i++) {
		const ax = mercX(coords[i]![0]!);
		const ay = mercY(coords[i]![1]!);
		const bx = mercX(coords[i + 1]![0]!);
		const by = mercY(coords[i + 1]![1]!);
		const length = Math.hypot(bx - ax, by - ay);
		for (const [u, v] of CORNERS) {
			out[o++] = ax;
			out[o++] = ay;
			out[o++] = bx;
			out[o++] = by;
			out[o++] = u;
			out[o++] = v;
			out[o++] = along;
			out[o++] = length;
		}
		along += length;
	}
	return out;
}
