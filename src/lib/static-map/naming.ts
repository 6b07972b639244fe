// The words of a chapter map: which name a stop gets, and the sentence that describes the map to screen readers.
import type { PlaceCore } from '../data/types';
import type { Chapter } from '../story/chapter';
import type { Journey } from '../story/journey';
import { distanceKm } from '../geo/measure';
import { timeAtKm } from '../geo/timeline';
import { nameAt } from '../story/names';
import { placeNameParts } from '../i18n/format';

/** A station is named by its city within this distance, as on the live map, which labels towns and cities only. */
const CITY_OF_STATION_KM = 25;
const NOUN: Record<string, string> = { rail: 'train', road: 'road journey', air: 'flight', sea: 'voyage' };

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

/** A stop's map label at time t: the name then, and "now …" for a second line. */
export function stopLabel(place: PlaceCore, places: ReadonlyMap<string, PlaceCore>, t: number): { text: string; sub?: string } {
	const { then, now } = placeNameParts(mapPlace(place, places), t, 'en');
	return { text: then, sub: now };
}

/** "Route map: Mao Zedong's train from Harbin to Otpor, 8–9 December 1949". */
export function describe(c: Chapter, j: Journey | undefined, places: ReadonlyMap<string, PlaceCore>, [a, b]: [number, number]): string {
	if (!j) return `Map of the region of the story, ${c.dates}`;
	// The first traveller named: the travellers field lists the main figure first.
	const who = j.travellers.split(/[,;(]/)[0]!.trim();
	const modes = new Set(j.legs.filter((l) => j.line.km[l.end]! > a && j.line.km[l.start]! < b).map((l) => l.mode));
	const noun = modes.size === 1 ? (NOUN[[...modes][0]!] ?? 'journey') : 'journey';
	const at = (km: number) => {
		const k = j.stopKm.findIndex((s) => Math.abs(s - km) < 0.5);
		const place = k >= 0 ? places.get(j.stops[k]!.place) : undefined;
		return place ? nameAt(mapPlace(place, places), timeAtKm(j.anchors, km), 'en') : undefined;
	};
	const [from, to] = [at(a), at(b)];
	// A round trip (Yan'an to Chongqing and back, Moscow to Leningrad and back) ends where it began: not "from Moscow to Moscow".
	const route =
		b - a < 0.5 ? (from ? ` at ${from}` : '') : from && from === to ? ` from ${from} and back` : `${from ? ` from ${from}` : ''}${to ? ` to ${to}` : ''}`;
	return `Route map: ${who}${who.endsWith('s') ? "'" : "'s"} ${noun}${route}, ${c.dates}`;
}
