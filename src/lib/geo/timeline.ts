// Time-true interpolation: a piecewise-linear map between time and distance along a route, built from dated stops.

/** One known moment: the vehicle was at `km` along the route at epoch milliseconds `t`. */
export interface Anchor {
	km: number;
	t: number;
}

/** Binary search: last index i with key(anchors[i]) <= x (0 if none). */
function lastAtOrBefore(anchors: readonly Anchor[], x: number, key: 'km' | 't'): number {
	let lo = 0;
	let hi = anchors.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (anchors[mid]![key] <= x) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/**
 * Distance along the route at time t. Constant speed between anchors; standing still
 * during a dwell; clamped before the first and after the last anchor.
 * @example kmAtTime([{km:0,t:0},{km:100,t:10}], 5) // 50
 */
export function kmAtTime(anchors: readonly Anchor[], t: number): number {
	const first = anchors[0]!;
	const last = anchors[anchors.length - 1]!;
	if (t <= first.t) return first.km;
	if (t >= last.t) return last.km;
	const i = lastAtOrBefore(anchors, t, 't');
	const a = anchors[i]!;
	const b = anchors[Math.min(i + 1, anchors.length - 1)]!;
	if (b.t === a.t) return b.km;
	return a.km + ((t - a.t) / (b.t - a.t)) * (b.km - a.km);
}

/**
 * Time at distance d. Where the vehicle dwells at d, this is the moment it arrives.
 * @example timeAtKm([{km:0,t:0},{km:100,t:10}], 50) // 5
 */
export function timeAtKm(anchors: readonly Anchor[], d: number): number {
	const first = anchors[0]!;
	const last = anchors[anchors.length - 1]!;
	if (d <= first.km) return first.t;
	if (d >= last.km) {
		// Arrival at the end, not the end of a final dwell.
		let i = anchors.length - 1;
		while (i > 0 && anchors[i - 1]!.km === last.km) i--;
		return anchors[i]!.t;
	}
	const i = lastAtOrBefore(anchors, d, 'km');
	const a = anchors[i]!;
	const b = anchors[i + 1]!;
	if (a.km === d) {
		let j = i;
		while (j > 0 && anchors[j - 1]!.km === d) j--;
		return anchors[j]!.t;
	}
	return a.t + ((d - a.km) / (b.km - a.km)) * (b.t - a.t);
}
