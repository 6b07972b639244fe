// A journey's route between two distances, cut into pieces by leg so inferred legs can be drawn dashed.
import type { Journey } from '../story/journey';
import { pointAt } from '../geo/polyline';

type LngLat = [number, number];

export interface RoutePiece {
	points: LngLat[];
	inferred: boolean;
}

/** The route from km a to km b: the exact end points and every vertex strictly between them. */
export function routePoints(j: Journey, a: number, b: number): LngLat[] {
	const { km, coords } = j.line;
	const out: LngLat[] = [pointAt(j.line, a) as LngLat];
	for (let v = 0; v < coords.length; v++) if (km[v]! > a && km[v]! < b) out.push(coords[v] as LngLat);
	if (b > a) out.push(pointAt(j.line, b) as LngLat);
	return out;
}

/** The route from km a to km b, one piece per leg it crosses (consecutive legs of the same kind are joined). */
export function routePieces(j: Journey, a: number, b: number): RoutePiece[] {
	const km = j.line.km;
	const pieces: RoutePiece[] = [];
	for (const leg of j.legs) {
		const lo = Math.max(a, km[leg.start]!);
		const hi = Math.min(b, km[leg.end]!);
		if (hi <= lo) continue;
		const inferred = leg.certainty === 'inferred';
		const pts = routePoints(j, lo, hi);
		const last = pieces[pieces.length - 1];
		if (last && last.inferred === inferred) last.points.push(...pts.slice(1));
		else pieces.push({ points: pts, inferred });
	}
	return pieces;
}
