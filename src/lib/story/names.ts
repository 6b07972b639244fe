// Place names as they were at a given date: period names (Peiping, Mukden, Molotov) in their period, the modern name after.
import type { PlaceCore } from '../data/types';
import type { Lang } from '../i18n/lang';
import { parseInstant } from '../data/dates';
import { distanceKm } from '../geo/measure';

/** The name of a place in a language at epoch ms t. */
export function nameAt(place: PlaceCore, t: number, lang: Lang): string {
	for (const p of place.periodNames ?? []) {
		const name = p[lang];
		if (!name) continue;
		const from = p.from ? parseInstant(p.from, place.utcOffset).ms : -Infinity;
		const until = p.until ? parseInstant(p.until, place.utcOffset).ms : Infinity;
		if (t >= from && t < until) return name;
	}
	return place.names[lang];
}

/** A station is named by its city within this distance, as on the live map, which labels towns and cities only. */
const CITY_OF_STATION_KM = 25;

/** "Severny station" means little on a small map: use the city it is in ("Moscow"), when there is one nearby. */
export function mapPlace(place: PlaceCore, places: ReadonlyMap<string, PlaceCore>): PlaceCore {
	if (place.kind !== 'station') return place;
	let best: PlaceCore | undefined;
	let bestKm = CITY_OF_STATION_KM;
	for (const q of places.values()) {
		if (q.kind !== 'city' && q.kind !== 'town') continue;
		const d = distanceKm(place.lngLat, q.lngLat);
		if (d < bestKm) [best, bestKm] = [q, d];
	}
	return best ?? place;
}
