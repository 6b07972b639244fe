// A measured polyline: the position, bearing and prefix of a line at any distance along it, by binary search.
import { bearingDeg, cumulativeKm, type LngLat } from './measure';

export interface MeasuredLine {
	coords: LngLat[];
	/** Cumulative km at each vertex. */
	km: Float64Array;
	totalKm: number;
}

/** `coords` has at least two positions, as every LineString of the data contract does. */
export function measureLine(coords: readonly (readonly number[])[]): MeasuredLine {
	const km = cumulativeKm(coords);
	return { coords: coords.map((c) => [c[0]!, c[1]!] as LngLat), km, totalKm: km[km.length - 1]! };
}

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

/** Index i of the segment [i, i+1] that holds distance d (the last segment for d = total). */
export function segmentIndex(line: MeasuredLine, d: number): number {
	const { km } = line;
	let lo = 0;
	let hi = km.length - 2;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (km[mid]! <= d) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/**
 * Position at distance d km along the line (clamped to its ends). Linear in lon/lat within
 * a segment: segments are short (densified), so the error against the geodesic is metres.
 */
export function pointAt(line: MeasuredLine, d: number): LngLat {
	const dd = clamp(d, 0, line.totalKm);
	const i = segmentIndex(line, dd);
	const a = line.coords[i]!;
	const b = line.coords[i + 1]!;
	const len = line.km[i + 1]! - line.km[i]!;
	const t = len > 0 ? (dd - line.km[i]!) / len : 0;
	return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** Direction of travel at distance d, in degrees clockwise from north. */
export function bearingAt(line: MeasuredLine, d: number): number {
	const i = segmentIndex(line, clamp(d, 0, line.totalKm));
	return bearingDeg(line.coords[i]!, line.coords[i + 1]!);
}

/** The part of the line from its start to distance d, ending exactly at pointAt(d). */
export function sliceTo(line: MeasuredLine, d: number): LngLat[] {
	const dd = clamp(d, 0, line.totalKm);
	if (dd <= 0) return [];
	const i = segmentIndex(line, dd);
	const out = line.coords.slice(0, i + 1);
	out.push(pointAt(line, dd));
	return out;
}
