// Scene data into words, for one language: dates and numbers through Intl, places by their name at the time, the readout and the spoken sentence from the same figures.
import type { PlaceCore } from '../data/types';
import type { Mode } from '../data/schema';
import type { Readout, Scene } from '../story/scene';
import { nameAt } from '../story/names';
import { LOCALE, type Lang } from './lang';

interface Words {
	about: (date: string) => string;
	between: (a: string, b: string) => string;
	/** Today's name of a renamed place: "now Perm". */
	now: (name: string) => string;
	/** A period name with today's name: "Molotov (now Perm)". */
	nowCalled: (then: string, now: string) => string;
	kmOf: (km: string, total: string) => string;
	vehicle: Record<Mode, string>;
	/** "3 events here": how many dated events one map marker stands for. */
	eventsHere: (n: number) => string;
	/** The spoken sentence: who is where, when, how far. */
	spoken: (vehicle: string, where: string, between: boolean, date: string, kmOf: string) => string;
}

const WORDS: Record<Lang, Words> = {
	en: {
		about: (d) => `about ${d}`,
		between: (a, b) => `between ${a} and ${b}`,
		now: (name) => `now ${name}`,
		nowCalled: (then, now) => `${then} (now ${now})`,
		kmOf: (km, total) => `${km} of ${total} km`,
		vehicle: { rail: 'The train', air: 'The plane', road: 'The car', sea: 'The ship' },
		eventsHere: (n) => `${n} events here`,
		spoken: (v, where, between, date, kmOf) => `${v} is ${between ? '' : 'at '}${where}, ${date}; ${kmOf} travelled.`
	},
	zh: {
		about: (d) => `约${d}`,
		between: (a, b) => `${a}与${b}之间`,
		now: (name) => `今${name}`,
		nowCalled: (then, now) => `${then}（今${now}）`,
		kmOf: (km, total) => `${km} / ${total} 公里`,
		vehicle: { rail: '列车', air: '飞机', road: '汽车', sea: '轮船' },
		eventsHere: (n) => `此处共${n}件事`,
		spoken: (v, where, between, date, kmOf) => `${date}，${v}${between ? '行驶在' : '位于'}${where}；已行 ${kmOf}。`
	},
	ru: {
		about: (d) => `около ${d}`,
		// Names stay in the nominative, so a stretch is written as on a timetable: "Омск — Тюмень".
		between: (a, b) => `${a} — ${b}`,
		now: (name) => `ныне ${name}`,
		nowCalled: (then, now) => `${then} (ныне ${now})`,
		kmOf: (km, total) => `${km} из ${total} км`,
		vehicle: { rail: 'Поезд', air: 'Самолёт', road: 'Автомобиль', sea: 'Корабль' },
		eventsHere: (n) => `событий здесь: ${n}`,
		spoken: (v, where, between, date, kmOf) => `${v}${between ? ' в пути' : ''}: ${where}, ${date}; пройдено ${kmOf}.`
	}
};

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
	return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(ms + offsetMin * 60_000);
}

/** A year or a month on the timeline: "1948", "Jan 1950", "Feb". */
export function formatTick(ms: number, unit: 'year' | 'month' | 'month-year', lang: Lang): string {
	const opts: Intl.DateTimeFormatOptions = unit === 'year' ? { year: 'numeric' } : unit === 'month' ? { month: 'short' } : { month: 'short', year: 'numeric' };
	return dateFormat(lang, opts).format(ms);
}

export const formatNumber = (x: number, lang: Lang) => numberFormat(lang).format(Math.round(x));

/** A place's name at time t and, when it was a period name, today's name as a second part ("Molotov", "now Perm"). */
export function placeNameParts(place: PlaceCore, t: number, lang: Lang): { then: string; now?: string } {
	const then = nameAt(place, t, lang);
	const now = place.names[lang];
	return then === now || then.includes(now) ? { then } : { then, now: WORDS[lang].now(now) };
}

/** A place's name at time t, with today's name after a period name ("Molotov (now Perm)"). */
export function placeName(place: PlaceCore, t: number, lang: Lang): string {
	const then = nameAt(place, t, lang);
	const now = place.names[lang];
	return then === now || then.includes(now) ? then : WORDS[lang].nowCalled(then, now);
}

/** The readout in words: the date ("about …" when worked out), the place or the two it lies between, the distance. */
export function readoutText(r: Readout, places: ReadonlyMap<string, PlaceCore>, lang: Lang): { date: string; place: string; km: string; between: boolean } {
	const w = WORDS[lang];
	const date = formatDate(r.time, r.offsetMin, lang);
	const name = (id: string) => {
		const p = places.get(id);
		return p ? placeName(p, r.time, lang) : id;
	};
	const place = r.at !== null ? name(r.at) : r.between ? w.between(name(r.between[0]), name(r.between[1])) : '';
	return { date: r.approx ? w.about(date) : date, place, km: w.kmOf(formatNumber(r.km, lang), formatNumber(r.totalKm, lang)), between: r.at === null };
}

/** How many events one marker stands for, in words. */
export const eventsHere = (n: number, lang: Lang) => WORDS[lang].eventsHere(n);

/** The sentence a screen reader hears, built from the very figures the readout shows. */
export function describeScene(scene: Scene | null, places: ReadonlyMap<string, PlaceCore>, lang: Lang): string {
	const r = scene?.readout;
	const v = scene?.vehicle;
	if (!r || !v) return '';
	const t = readoutText(r, places, lang);
	return WORDS[lang].spoken(WORDS[lang].vehicle[v.mode], t.place, t.between, t.date, t.km);
}
