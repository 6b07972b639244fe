// Pure: the GeoJSON the route layers draw — whole journeys, and the travelled part of each up to a distance, in pieces that change as little as they can.
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Journey } from '../story/journey';
import type { RouteState } from '../story/scene';
import { pointAt, segmentIndex } from '../geo/polyline';

export interface LegProps {
	journey: string;
	leg: string;
	mode: string;
	certainty: string;
	/** Part of the journey the current chapter animates (others are past journeys, drawn quieter). */
	active?: boolean;
}

function legFeature(j: Journey, legIndex: number, coords: number[][], active?: boolean): Feature<LineString, LegProps> {
	const leg = j.legs[legIndex]!;
	const properties: LegProps = { journey: j.id, leg: leg.id, mode: leg.mode, certainty: leg.certainty };
	if (active !== undefined) properties.active = active;
	return { type: 'Feature', geometry: { type: 'LineString', coordinates: coords }, properties };
}

/** Every leg of every journey, whole. */
export function fullRoutes(journeys: Iterable<Journey>): FeatureCollection<LineString, LegProps> {
	const features: Feature<LineString, LegProps>[] = [];
	for (const j of journeys) j.legs.forEach((leg, k) => features.push(legFeature(j, k, j.coords.slice(leg.start, leg.end + 1))));
	return { type: 'FeatureCollection', features };
}

/** Vertices per settled piece of a past journey's partial leg: its tip is never longer than this. */
export const TIP_VERTICES = 8;

/** A stretch of consecutive legs of the same kind (dashed: inferred) of the journey being told, as drawn live (map/live-route.ts). */
export interface LiveLine {
	dashed: boolean;
	coords: number[][];
}

/** The journey being told, travelled up to the vehicle: drawn live, not tiled. `key` names everything but the moving end. */
export interface LiveRoute {
	journey: string;
	key: string;
	lines: LiveLine[];
	/** Where it ends: exactly at the vehicle. */
	end: number[];
}

export interface DrawnNetwork {
	/** Pieces of the other journeys that stay as they are until the story comes back to them: whole legs, and runs of a partial leg. Their ids name their content. */
	settled: Map<string, Feature<LineString, LegProps>>;
	/** One tip per other journey drawn to part of a leg: from the last settled vertex to where it stops. */
	tips: Map<string, Feature<LineString, LegProps>>;
	/** The journey being told, or null when none is or it has not started. */
	live: LiveRoute | null;
}

/** The told journey up to `drawnKm`, in stretches of legs of one kind, the last ending exactly at the vehicle. */
function liveRoute(j: Journey, drawnKm: number): LiveRoute | null {
	const km = j.line.km;
	const lines: LiveLine[] = [];
	let key = j.id;
	for (let k = 0; k < j.legs.length; k++) {
		const leg = j.legs[k]!;
		if (km[leg.start]! >= drawnKm) break;
		const dashed = leg.certainty === 'inferred';
		const whole = km[leg.end]! <= drawnKm;
		const v = whole ? leg.end : segmentIndex(j.line, drawnKm);
		const coords = whole ? j.coords.slice(leg.start, leg.end + 1) : [...j.coords.slice(leg.start, v + 1), pointAt(j.line, drawnKm)];
		const last = lines[lines.length - 1];
		// Legs of one kind in a row are one line: their joins are round and their dashes run on, as in one feature.
		if (last && last.dashed === dashed) last.coords.push(...coords.slice(1));
		else lines.push({ dashed, coords });
		key = `${j.id}:${k}:${v}`;
		if (!whole) break;
	}
	if (!lines.length) return null;
	const end = lines[lines.length - 1]!.coords.at(-1)!;
	return { journey: j.id, key, lines, end };
}

/**
 * The travelled part of each journey. The journey being told goes to `live`, whole up to the vehicle. The others, which
 * do not move, are pieces that scale with what changes: whole legs before `drawnKm`, then runs of TIP_VERTICES vertices
 * of the leg they stop in, then a short tip. Legs keep their certainty so inferred ones stay dashed.
 */
export function drawnNetwork(journeys: ReadonlyMap<string, Journey>, routes: readonly RouteState[]): DrawnNetwork {
	const settled = new Map<string, Feature<LineString, LegProps>>();
	const tips = new Map<string, Feature<LineString, LegProps>>();
	let live: LiveRoute | null = null;
	for (const r of routes) {
		const j = journeys.get(r.journeyId);
		if (!j || r.drawnKm <= 0) continue;
		if (r.active) {
			live = liveRoute(j, r.drawnKm);
			continue;
		}
		const km = j.line.km;
		for (let k = 0; k < j.legs.length; k++) {
			const leg = j.legs[k]!;
			if (km[leg.start]! >= r.drawnKm) break;
			if (km[leg.end]! <= r.drawnKm) {
				settled.set(`${j.id}:${k}`, legFeature(j, k, j.coords.slice(leg.start, leg.end + 1), false));
				continue;
			}
			const v = segmentIndex(j.line, r.drawnKm);
			let from = leg.start;
			for (; from + TIP_VERTICES <= v; from += TIP_VERTICES) settled.set(`${j.id}:${k}:${from}`, legFeature(j, k, j.coords.slice(from, from + TIP_VERTICES + 1), false));
			tips.set(`${j.id}:tip`, legFeature(j, k, [...j.coords.slice(from, v + 1), pointAt(j.line, r.drawnKm)], false));
			break;
		}
	}
	return { settled, tips, live };
}

/** The stops of every journey, for the small station dots. */
export function stopPoints(journeys: Iterable<Journey>): FeatureCollection<Point, { journey: string; stop: string; certainty: string }> {
	const features: Feature<Point, { journey: string; stop: string; certainty: string }>[] = [];
	for (const j of journeys) {
		for (const s of j.stops) {
			features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: j.coords[s.vertex]! }, properties: { journey: j.id, stop: s.id, certainty: s.certainty } });
		}
	}
	return { type: 'FeatureCollection', features };
}
