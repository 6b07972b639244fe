// Scene data into words, for one language: dates and numbers through Intl, words from the message catalogue, places by their name at the time, the readout and the spoken sentence from the same figures.
import type { PlaceCore } from '../data/types';
import type { Readout, Scene } from '../story/scene';
import { nameAt } from '../story/names';
import { LOCALE, type Lang } from './lang';
import { messages } from './messages';
import * as check from './guard';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${lang}|${JSON.stringify(opts)}`;
	let f = dateFormats.get(key);
	if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(LOCALE[lang], { ...opts, timeZone: 'UTC' })));
	return f;
}
const numberFormats = new Map<Lang, Intl.NumberFormat>();
function numberFormat(lang: Lang): Intl.NumberFormat {
	let f = numberFormats.get(lang);
	if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 })));
	return f;
}

/** The calendar date at a place `offsetMin` minutes east of UTC: "16 December 1949", "1949年12月16日", "16 декабря 1949 г.". */
export function formatDate(ms: number, offsetMin: number, lang: Lang): string {
	const at = check.finite(ms, 'formatDate: ms') + check.finite(offsetMin, 'formatDate: offsetMin') * 60_000;
	return dateFormat(check.lang(lang, 'formatDate: lang'), { day: 'numeric', month: 'long', year: 'numeric' }).format(at);
}

const TICK_FORMATS: Record<string, Intl.DateTimeFormatOptions> = { year: { year: 'numeric' }, month: { month: 'short' }, 'month-year': { month: 'short', year: 'numeric' } };

/** A year or a month on the timeline: "1948", "Jan 1950", "Feb"; in Russian "янв. 1950", without the "г." of running text. */
export function formatTick(ms: number, unit: 'year' | 'month' | 'month-year', lang: Lang): string {
	const opts = TICK_FORMATS[unit];
	if (!opts) throw new TypeError(`formatTick: unit must be one of ${Object.keys(TICK_FORMATS).join(', ')}, got ${JSON.stringify(unit)}`);
	// An axis label is a heading, not a sentence: Russian axes write years bare, and the suffix would crowd the labels.
	return dateFormat(check.lang(lang, 'formatTick: lang'), opts)
		.formatToParts(check.finite(ms, 'formatTick: ms'))
		.filter((p) => !(p.type === 'literal' && p.value.trim() === 'г.'))
		.map((p) => p.value)
		.join('')
		.trim();
}

export const formatNumber = (x: number, lang: Lang) => numberFormat(check.lang(lang, 'formatNumber: lang')).format(Math.round(check.finite(x, 'formatNumber: x')));

/** Today's name of a place in `lang`; a place the gazetteer has no name for in that language is an error, not "undefined". */
function todaysName(place: PlaceCore, lang: Lang, where: string): string {
	return check.text(place?.names?.[check.lang(lang, `${where}: lang`)], `${where}: the name in ${lang} of place ${JSON.stringify(place?.id)}`);
}

/** What goes between the items of a list of `n` (n − 1 strings), as the language writes it: ", " and " and " in English, "、" and "和" in Chinese, ", " and " и " in Russian. */
export function listSeparators(n: number, lang: Lang): string[] {
	if (!Number.isInteger(n) || n < 0) throw new TypeError(`listSeparators: n must be a whole number ≥ 0, got ${String(n)}`);
	const parts = new Intl.ListFormat(LOCALE[check.lang(lang, 'listSeparators: lang')], { type: 'conjunction' }).formatToParts(Array.from({ length: n }, (_, i) => String(i)));
	const out: string[] = [];
	parts.forEach((p, i) => p.type === 'literal' && i > 0 && out.push(p.value));
	return out;
}

/** A place's name at time t and, when it was a period name, today's name as a second part ("Molotov", "now Perm"). */
export function placeNameParts(place: PlaceCore, t: number, lang: Lang): { then: string; now?: string } {
	const now = todaysName(place, lang, 'placeNameParts');
	const then = nameAt(place, check.finite(t, 'placeNameParts: t'), lang);
	return then === now || then.includes(now) ? { then } : { then, now: messages(lang).place_now({ name: now }) };
}

/** A place's name at time t, with today's name after a period name ("Molotov (now Perm)"). */
export function placeName(place: PlaceCore, t: number, lang: Lang): string {
	const now = todaysName(place, lang, 'placeName');
	const then = nameAt(place, check.finite(t, 'placeName: t'), lang);
	return then === now || then.includes(now) ? then : messages(lang).place_now_called({ then, now });
}

/** The readout in words: the date ("about …" when worked out), the place or the two it lies between, the distance. */
/** `place` is empty, and `between` false, for a readout that names neither a stop nor two (the type allows it; the words must not break). */
export function readoutText(r: Readout, places: ReadonlyMap<string, PlaceCore>, lang: Lang): { date: string; place: string; km: string; between: boolean } {
	for (const k of ['time', 'offsetMin', 'km', 'totalKm'] as const) check.finite(r?.[k], `readoutText: readout.${k}`);
	const t = messages(check.lang(lang, 'readoutText: lang'));
	const date = formatDate(r.time, r.offsetMin, lang);
	const name = (id: string) => {
		const p = places.get(id);
		return p ? placeName(p, r.time, lang) : id;
	};
	const place = r.at !== null ? name(r.at) : r.between ? t.readout_between({ a: name(r.between[0]), b: name(r.between[1]) }) : '';
	return { date: r.approx ? t.readout_about({ date }) : date, place, km: t.readout_km({ km: formatNumber(r.km, lang), total: formatNumber(r.totalKm, lang) }), between: r.at === null && r.between !== null };
}

/** How many events one marker stands for, in words. */
export const eventsHere = (n: number, lang: Lang) => messages(lang).events_here({ n: formatNumber(n, lang) });

/** The sentence a screen reader hears, built from the very figures the readout shows. */
export function describeScene(scene: Scene | null, places: ReadonlyMap<string, PlaceCore>, lang: Lang): string {
	const r = scene?.readout;
	const v = scene?.vehicle;
	if (!r || !v) return '';
	const words = readoutText(r, places, lang);
	const t = messages(lang);
	const vehicle = { rail: t.vehicle_rail, air: t.vehicle_air, road: t.vehicle_road, sea: t.vehicle_sea }[v.mode]();
	// Without a place the sentences for "at" and "between" would read "… is at , …" ("…行驶在，…"): say the vehicle is on its way.
	if (!words.place) return t.spoken_moving({ vehicle, date: words.date, km: words.km });
	return (words.between ? t.spoken_between : t.spoken_at)({ vehicle, place: words.place, date: words.date, km: words.km });
}
