// Place names as they were at a given date: period names (Peiping, Mukden, Molotov) in their period, the modern name after.
import type { PlaceCore } from '../data/types';
import type { Lang } from '../i18n/lang';
import { parseInstant } from '../data/dates';

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
