// Pure geodesy on [lon, lat] positions: haversine distance, initial bearing and cumulative distance along a line.
export type LngLat = [number, number];

/** Mean Earth radius in km, as used by Turf. */
export const EARTH_RADIUS_KM = 6371.0088;

const rad = Math.PI / 180;

/**
 * Great-circle distance in km between two [lon, lat] positions.
 * @example distanceKm([116.3975, 39.9], [37.6581, 55.7761]) // ≈ 5,790
 */
export function distanceKm(a: readonly number[], b: readonly number[]): number {
	const [lon1, lat1] = a as LngLat;
	const [lon2, lat2] = b as LngLat;
	const dLat = (lat2 - lat1) * rad;
	const dLon = (lon2 - lon1) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial bearing from a to b in degrees clockwise from north, in [-180, 180). */
export function bearingDeg(a: readonly number[], b: readonly number[]): number {
	const [lon1, lat1] = a as LngLat;
	const [lon2, lat2] = b as LngLat;
	const dLon = (lon2 - lon1) * rad;
	const y = Math.sin(dLon) * Math.cos(lat2 * rad);
	const x = Math.cos(lat1 * rad) * Math.sin(lat2 * rad) - Math.sin(lat1 * rad) * Math.cos(lat2 * rad) * Math.cos(dLon);
	const deg = Math.atan2(y, x) / rad;
	return deg >= 180 ? deg - 360 : deg;
}

/** Cumulative distance in km at each vertex of a line; the first entry is 0. */
export function cumulativeKm(coords: readonly (readonly number[])[]): Float64Array {
	const out = new Float64Array(coords.length);
	for (let i = 1; i < coords.length; i++) out[i] = out[i - 1]! + distanceKm(coords[i - 1]!, coords[i]!);
	return out;
}

/**
 * Distance in km from p to the great circle through a and b (cross-track distance).
 * @example crossTrackKm([0, 1], [-10, 0], [10, 0]) // ≈ 111.2
 */
export function crossTrackKm(p: readonly number[], a: readonly number[], b: readonly number[]): number {
	const d13 = distanceKm(a, p) / EARTH_RADIUS_KM;
	const t13 = bearingDeg(a, p) * rad;
	const t12 = bearingDeg(a, b) * rad;
	return Math.abs(Math.asin(Math.sin(d13) * Math.sin(t13 - t12)) * EARTH_RADIUS_KM);
}
