// Pure camera maths in Web Mercator: fitting bounds into a viewport and blending two cameras.
import type { LngLat } from '../geo/measure';

export interface Camera {
	center: LngLat;
	zoom: number;
	bearing: number;
	pitch: number;
}

export interface Viewport {
	width: number;
	height: number;
	/** Space covered by text or controls, in px: the camera frames what is left. */
	padding: { top: number; right: number; bottom: number; left: number };
}

/** MapLibre's world is 512 px wide at zoom 0. */
const TILE = 512;

export const mercX = (lon: number) => (lon + 180) / 360;
export const mercY = (lat: number) => {
	const s = Math.sin((lat * Math.PI) / 180);
	return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};
const unmercY = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;

export type Bounds = [LngLat, LngLat];

export function boundsOf(points: readonly LngLat[]): Bounds {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of points) {
		if (x < w) w = x;
		if (x > e) e = x;
		if (y < s) s = y;
		if (y > n) n = y;
	}
	return [[w, s], [e, n]];
}

/** The camera that shows `bounds` inside the unpadded part of the viewport, with `margin` px to spare. */
export function fitBounds(bounds: Bounds, vp: Viewport, margin = 40, maxZoom = 9): Camera {
	const [[w, s], [e, n]] = bounds;
	const dx = Math.max(mercX(e) - mercX(w), 1e-9);
	const dy = Math.max(mercY(s) - mercY(n), 1e-9);
	const availW = Math.max(vp.width - vp.padding.left - vp.padding.right - 2 * margin, 50);
	const availH = Math.max(vp.height - vp.padding.top - vp.padding.bottom - 2 * margin, 50);
	const zoom = Math.min(Math.log2(Math.min(availW / (dx * TILE), availH / (dy * TILE))), maxZoom);
	const cx = (mercX(w) + mercX(e)) / 2;
	const cy = (mercY(n) + mercY(s)) / 2;
	return { center: [cx * 360 - 180, unmercY(cy)], zoom, bearing: 0, pitch: 0 };
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
export const smoothstep = (t: number) => t * t * (3 - 2 * t);

/** Blends two cameras; the centre moves in Mercator space so the motion looks even on screen. */
export function blendCamera(a: Camera, b: Camera, t: number): Camera {
	const x = lerp(mercX(a.center[0]), mercX(b.center[0]), t);
	const y = lerp(mercY(a.center[1]), mercY(b.center[1]), t);
	return {
		center: [x * 360 - 180, unmercY(y)],
		zoom: lerp(a.zoom, b.zoom, t),
		bearing: lerp(a.bearing, b.bearing, t),
		pitch: lerp(a.pitch, b.pitch, t)
	};
}
