// Checks shared by journeys and events: source ids resolve, a point sits on its gazetteer place, disputed places list their alternatives.
import type { PlaceFeature, Source } from './schema';
import type { GeodataIssue } from './errors';
import { distanceKm } from '../geo/measure';

/** How close a stop or event must be to its place, and a leg's end to its stop. */
export const JOIN_TOLERANCE_KM = 1;

export type At = Omit<GeodataIssue, 'message' | 'field'>;

export function checkSource(sources: ReadonlyMap<string, Source>, id: string, at: Omit<GeodataIssue, 'message'>, issues: GeodataIssue[]): void {
	if (!sources.has(id)) issues.push({ ...at, message: `unknown source id "${id}" (not in sources.json)` });
}

interface Placed {
	geometry: { coordinates: number[] };
	properties: { place: string; certainty: string; alternatives?: { place: string; sources: string[] }[] };
}

export function checkPlaced(f: Placed, places: ReadonlyMap<string, PlaceFeature>, sources: ReadonlyMap<string, Source>, at: At, issues: GeodataIssue[]): void {
	const p = f.properties;
	const place = places.get(p.place);
	if (!place) issues.push({ ...at, field: 'properties.place', message: `unknown place "${p.place}" (not in places.geojson)` });
	else {
		const d = distanceKm(f.geometry.coordinates, place.geometry.coordinates);
		if (d > JOIN_TOLERANCE_KM) {
			const [lon, lat] = f.geometry.coordinates as [number, number];
			const swapped = distanceKm([lat, lon], place.geometry.coordinates) <= JOIN_TOLERANCE_KM;
			issues.push({ ...at, field: 'geometry.coordinates', message: swapped ? `latitude and longitude are swapped: GeoJSON is [longitude, latitude]` : `the point is ${d.toFixed(1)} km from its place "${p.place}"; it must be within ${JOIN_TOLERANCE_KM} km` });
		}
	}
	if (p.certainty === 'disputed' && !p.alternatives?.length) {
		issues.push({ ...at, field: 'properties.alternatives', message: 'a disputed place must list the alternatives the sources give' });
	}
	p.alternatives?.forEach((alt, k) => {
		if (!places.has(alt.place)) issues.push({ ...at, field: `properties.alternatives[${k}].place`, message: `unknown place "${alt.place}" (not in places.geojson)` });
		alt.sources.forEach((s, j) => checkSource(sources, s, { ...at, field: `properties.alternatives[${k}].sources[${j}]` }, issues));
	});
}
