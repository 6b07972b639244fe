// The words of a chapter map: which name a stop gets, and the sentence that describes the map to screen readers.
import type { PlaceCore } from '../data/types';
import type { Chapter } from '../story/chapter';
import type { Journey } from '../story/journey';
import { distanceKm } from '../geo/measure';
import { timeAtKm } from '../geo/timeline';
import { mapPlace, nameAt } from '../story/names';
import { placeNameParts } from '../i18n/format';
import { messages } from '../i18n/messages';
import type { Lang } from '../i18n/lang';

export { mapPlace } from '../story/names';

/** A stop's map label at time t: the name then, and "now …" for a second line, in the map's language. */
export function stopLabel(place: PlaceCore, places: ReadonlyMap<string, PlaceCore>, t: number, lang: Lang): { text: string; sub?: string } {
	const { then, now } = placeNameParts(mapPlace(place, places), t, lang);
	return { text: then, sub: now };
}

/** "Route map: Mao Zedong's train from Harbin to Otpor, 8–9 December 1949", in the map's language; `travellers` is the journey's, in that language. */
export function describe(c: Chapter, j: Journey | undefined, places: ReadonlyMap<string, PlaceCore>, [a, b]: [number, number], lang: Lang, travellers = j?.travellers ?? ''): string {
	const t = messages(lang);
	if (!j) return t.map_region({ dates: c.dates });
	// The first traveller named: the travellers field lists the main figure first.
	const who = travellers.split(/[,;(，；（]/)[0]!.trim();
	const modes = new Set(j.legs.filter((l) => j.line.km[l.end]! > a && j.line.km[l.start]! < b).map((l) => l.mode));
	const nouns = { rail: t.noun_rail, air: t.noun_air, road: t.noun_road, sea: t.noun_sea };
	const noun = modes.size === 1 ? nouns[[...modes][0]!]() : t.noun_journey();
	const at = (km: number) => {
		const k = j.stopKm.findIndex((s) => Math.abs(s - km) < 0.5);
		const place = k >= 0 ? places.get(j.stops[k]!.place) : undefined;
		return place ? nameAt(mapPlace(place, places), timeAtKm(j.anchors, km), lang) : undefined;
	};
	const [from, to] = [at(a), at(b)];
	const dates = c.dates;
	// A round trip (Yan'an to Chongqing and back, Moscow to Leningrad and back) ends where it began: not "from Moscow to Moscow".
	if (b - a < 0.5) return from ? t.map_route_at({ who, noun, place: from, dates }) : t.map_route({ who, noun, dates });
	if (from && from === to) return t.map_route_back({ who, noun, from, dates });
	if (from && to) return t.map_route_from_to({ who, noun, from, to, dates });
	if (from) return t.map_route_from({ who, noun, from, dates });
	if (to) return t.map_route_to({ who, noun, to, dates });
	return t.map_route({ who, noun, dates });
}
