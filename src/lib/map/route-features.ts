// Pure: the GeoJSON the route layers draw — whole journeys, and the travelled part of each up to a distance.
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

/**
 * The travelled part of each journey: whole legs before `drawnKm`, and the leg in progress cut
 * exactly at the vehicle's position. Legs keep their certainty so inferred ones stay dashed.
 */
export function drawnRoutes(journeys: ReadonlyMap<string, Journey>, routes: readonly RouteState[]): FeatureCollection<LineString, LegProps> {
	const features: Feature<LineString, LegProps>[] = [];
	for (const r of routes) {
		const j = journeys.get(r.journeyId);
		if (!j || r.drawnKm <= 0) continue;
		const km = j.line.km;
		for (let k = 0; k < j.legs.length; k++) {
			const leg = j.legs[k]!;
			if (km[leg.start]! >= r.drawnKm) break;
			if (km[leg.end]! <= r.drawnKm) {
				features.push(legFeature(j, k, j.coords.slice(leg.start, leg.end + 1), r.active));
				continue;
			}
			const v = segmentIndex(j.line, r.drawnKm);
			features.push(legFeature(j, k, [...j.coords.slice(leg.start, v + 1), pointAt(j.line, r.drawnKm)], r.active));
			break;
		}
	}
	return { type: 'FeatureCollection', features };
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
