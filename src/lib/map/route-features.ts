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

/** Vertices per settled piece of the leg in progress: the moving tip is never longer than this, so its updates touch a tile or two. */
export const TIP_VERTICES = 8;

export interface DrawnNetwork {
	/** Pieces that stay as they are until the reader goes back past them: whole legs, and runs of the leg in progress. Their ids name their content. */
	settled: Map<string, Feature<LineString, LegProps>>;
	/** One tip per journey being drawn: from the last settled vertex to exactly where the vehicle is. */
	tips: Map<string, Feature<LineString, LegProps>>;
}

/**
 * The travelled part of each journey, in pieces that scale with what changes: whole legs before
 * `drawnKm`, then runs of TIP_VERTICES vertices of the leg in progress, then a short tip that ends
 * exactly at the vehicle. Legs keep their certainty so inferred ones stay dashed.
 */
export function drawnNetwork(journeys: ReadonlyMap<string, Journey>, routes: readonly RouteState[]): DrawnNetwork {
	const settled = new Map<string, Feature<LineString, LegProps>>();
	const tips = new Map<string, Feature<LineString, LegProps>>();
	for (const r of routes) {
		const j = journeys.get(r.journeyId);
		if (!j || r.drawnKm <= 0) continue;
		const km = j.line.km;
		// Whether the piece is part of the journey being told changes how it is drawn, so it is part of its name.
		const tag = r.active ? 'a' : 'p';
		for (let k = 0; k < j.legs.length; k++) {
			const leg = j.legs[k]!;
			if (km[leg.start]! >= r.drawnKm) break;
			if (km[leg.end]! <= r.drawnKm) {
				settled.set(`${j.id}:${k}:${tag}`, legFeature(j, k, j.coords.slice(leg.start, leg.end + 1), r.active));
				continue;
			}
			const v = segmentIndex(j.line, r.drawnKm);
			let from = leg.start;
			for (; from + TIP_VERTICES <= v; from += TIP_VERTICES) settled.set(`${j.id}:${k}:${from}:${tag}`, legFeature(j, k, j.coords.slice(from, from + TIP_VERTICES + 1), r.active));
			tips.set(`${j.id}:tip`, legFeature(j, k, [...j.coords.slice(from, v + 1), pointAt(j.line, r.drawnKm)], r.active));
			break;
		}
	}
	return { settled, tips };
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
