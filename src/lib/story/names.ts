// Place names as they were at a given date: period names (Peiping, Mukden, Molotov) in their period, the modern name after.
import type { PlaceData } from '../data/types';
import { parseInstant } from '../geo/dates';

export type Lang = 'en' | 'zh' | 'ru';

/** The name of a place in a language at epoch ms t. */
export function nameAt(place: PlaceData, t: number, lang: Lang = 'en'): string {
	for (const p of place.periodNames ?? []) {
		const name = p[lang];
		if (!name) continue;
		const from = p.from ? parseInstant(p.from, place.utcOffset).ms : -Infinity;
		const until = p.until ? parseInstant(p.until, place.utcOffset).ms : Infinity;
		if (t >= from && t < until) return name;
	}
	return place.names[lang];
}

/** "Molotov (now Perm)" when the period name differs from today's, otherwise the name alone. */
export function labelAt(place: PlaceData, t: number, lang: Lang = 'en'): string {
	const then = nameAt(place, t, lang);
	const now = place.names[lang];
	if (then === now || then.includes(now)) return then;
	return lang === 'en' ? `${then} (now ${now})` : `${then}（${now}）`;
}
