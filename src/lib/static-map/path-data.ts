// Compact SVG path data: records d3-geo's path output, simplifies it and writes 0.1-unit relative coordinates.
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

type Pt = [number, number];
export interface Part {
	points: Pt[];
	closed: boolean;
}

/** A d3 path context that keeps the rings and lines instead of drawing them. */
export function projectParts(object: GeoPermissibleObjects, projection: GeoProjection): Part[] {
	const parts: Part[] = [];
	let cur: Part | null = null;
	const ctx = {
		moveTo(x: number, y: number) {
			cur = { points: [[x, y]], closed: false };
			parts.push(cur);
		},
		lineTo(x: number, y: number) {
			cur?.points.push([x, y]);
		},
		closePath() {
			if (cur) cur.closed = true;
		},
		// Only points call arc(); the basemap's points (unit labels) are not drawn in the symbol.
		arc() {},
		beginPath() {}
	};
	geoPath(projection, ctx as unknown as CanvasRenderingContext2D)(object);
	return parts;
}

/** Douglas-Peucker in user units. For a closed ring the first point is both ends, which the distance test handles. */
export function simplify(points: Pt[], tolerance: number): Pt[] {
	if (points.length < 3 || tolerance <= 0) return points;
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: Array<[number, number]> = [[0, points.length - 1]];
	while (stack.length) {
		const [i, j] = stack.pop()!;
		let worst = -1;
		let at = -1;
		for (let k = i + 1; k < j; k++) {
			const d = distToSegment(points[k]!, points[i]!, points[j]!);
			if (d > worst) [worst, at] = [d, k];
		}
		if (worst > tolerance) {
			keep[at] = 1;
			stack.push([i, at], [at, j]);
		}
	}
	return points.filter((_, k) => keep[k]);
}

function distToSegment([px, py]: Pt, [ax, ay]: Pt, [bx, by]: Pt): number {
	const [dx, dy] = [bx - ax, by - ay];
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
	return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The larger side of a part's bounding box: islets smaller than a few pixels at every crop are dropped. */
function extentOf(points: Pt[]): number {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of points) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
	return Math.max(x1 - x0, y1 - y0);
}

/** An integer number of tenths as the shortest decimal: 5 → ".5", -12 → "-1.2", 30 → "3". */
function tenths(n: number): string {
	const sign = n < 0 ? '-' : '';
	const a = Math.abs(n);
	const int = Math.floor(a / 10);
	const frac = a % 10;
	return sign + (int ? String(int) : frac ? '' : '0') + (frac ? `.${frac}` : '');
}

/** Joins numbers the SVG way: no separator before a minus sign, nor before ".5" after a number that has its point already. */
function join(nums: string[]): string {
	let s = '';
	let prev = '';
	for (const x of nums) {
		s += s && x[0] !== '-' && !(x[0] === '.' && prev.includes('.')) ? ` ${x}` : x;
		prev = x;
	}
	return s;
}

/**
 * Path data with an absolute moveto and relative linetos computed from the rounded absolute
 * positions (so rounding never drifts). Repeated points are dropped, and parts that collapse
 * (a ring under 3 points, a line under 2) disappear: that is most of the saving at small scales.
 */
export function pathData(parts: readonly Part[], tolerance = 0, minSize = 0): string {
	let d = '';
	for (const part of parts) {
		if (minSize > 0 && extentOf(part.points) < minSize) continue;
		const pts = simplify(part.points, tolerance).map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)] as Pt);
		const out: Pt[] = [];
		for (const p of pts) {
			const last = out[out.length - 1];
			if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
		}
		if (part.closed && out.length > 1 && out[0]![0] === out[out.length - 1]![0] && out[0]![1] === out[out.length - 1]![1]) out.pop();
		if (out.length < (part.closed ? 3 : 2)) continue;
		const nums: string[] = [];
		for (let k = 1; k < out.length; k++) nums.push(tenths(out[k]![0] - out[k - 1]![0]), tenths(out[k]![1] - out[k - 1]![1]));
		d += `M${join([tenths(out[0]![0]), tenths(out[0]![1])])}l${join(nums)}${part.closed ? 'z' : ''}`;
	}
	return d;
}

/** Text and attribute values: place names may hold &, < or quotes. */
export { escapeHtml as esc } from '../content/escape-html';

/** A coordinate in the chapter maps' pixel frame, to one decimal. */
export const num = (v: number): string => String(Math.round(v * 10) / 10);
