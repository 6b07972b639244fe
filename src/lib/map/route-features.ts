// Pure: what the route layers draw — whole journeys, and the travelled part of each up to a distance, in the form that changes least: leg keys, pieces, a live line.
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Journey } from '../story/journey';
import type { RouteState } from '../story/scene';
import { pointAt, segmentIndex } from '../geo/polyline';

export interface LegProps {
	/** Unique in the still source (its promoteId): the feature state of one leg (told, travelled) is set by it. */
	key: string;
	journey: string;
	leg: string;
	mode: string;
	certainty: string;
}

/** The key of leg k of journey j in the still source. */
export const legKey = (journey: string, k: number) => `${journey}:${k}`;
/** The key of a stop in the still source. */
export const stopKey = (journey: string, stop: string) => `${journey}@${stop}`;

function legFeature(j: Journey, legIndex: number, coords: number[][]): Feature<LineString, LegProps> {
	const leg = j.legs[legIndex]!;
	return { type: 'Feature', geometry: { type: 'LineString', coordinates: coords }, properties: { key: legKey(j.id, legIndex), journey: j.id, leg: leg.id, mode: leg.mode, certainty: leg.certainty } };
}

/** The still source's keys of each journey's legs and stops: what is lit when the journey is told. */
export function journeyKeys(journeys: Iterable<Journey>): Map<string, string[]> {
	return new Map([...journeys].map((j) => [j.id, [...j.legs.map((_, k) => legKey(j.id, k)), ...j.stops.map((s) => stopKey(j.id, s.id))]]));
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
	/** The whole legs travelled of the other journeys, by key: drawn from the still source by feature state, with no tiles to cut. */
	legs: Set<string>;
	/** Pieces of a leg another journey stopped part-way along (GeoJSON): runs of it, whose ids name their content. */
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
 * The travelled part of each journey. The journey being told goes to `live`, whole up to the vehicle. Of the others,
 * which do not move, the whole legs before `drawnKm` are keys (`legs`), and a leg they stop in is runs of TIP_VERTICES
 * vertices and a short tip. Legs keep their certainty so inferred ones stay dashed.
 */
export function drawnNetwork(journeys: ReadonlyMap<string, Journey>, routes: readonly RouteState[]): DrawnNetwork {
	const legs = new Set<string>();
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
				legs.add(legKey(j.id, k));
				continue;
			}
			const v = segmentIndex(j.line, r.drawnKm);
			let from = leg.start;
			for (; from + TIP_VERTICES <= v; from += TIP_VERTICES) settled.set(`${j.id}:${k}:${from}`, legFeature(j, k, j.coords.slice(from, from + TIP_VERTICES + 1)));
			tips.set(`${j.id}:tip`, legFeature(j, k, [...j.coords.slice(from, v + 1), pointAt(j.line, r.drawnKm)]));
			break;
		}
	}
	return { legs, settled, tips, live };
}

/** The stops of every journey, for the small station dots. */
export function stopPoints(journeys: Iterable<Journey>): FeatureCollection<Point, { key: string; journey: string; stop: string; certainty: string }> {
	const features: Feature<Point, { key: string; journey: string; stop: string; certainty: string }>[] = [];
	for (const j of journeys) {
		for (const s of j.stops) {
			features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: j.coords[s.vertex]! }, properties: { key: stopKey(j.id, s.id), journey: j.id, stop: s.id, certainty: s.certainty } });
		}
	}
	return { type: 'FeatureCollection', features };
}
