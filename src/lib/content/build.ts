// Assembles the Story the engine runs on from the compiled geodata and the chapter content, resolving each chapter's from/to.
import type { EventCore, EventData, JourneyCore, PlaceCore } from '../data/types';
import type { ChapterMeta } from './format';
import type { Chapter } from '../story/chapter';
import { hydrateJourney, type Journey } from '../story/journey';
import type { Story } from '../story/scene';
import { kmAtTime, timeAtKm } from '../geo/timeline';
import { parseInstant } from '../data/dates';

/** The data a story is built from: the browser's slim copy or the build's full one. */
export interface StorySource {
	journeys: readonly JourneyCore[];
	places: readonly PlaceCore[];
	events?: readonly (EventCore | EventData)[];
}

export function buildStory(geodata: StorySource, chapters: readonly ChapterMeta[]): Story {
	const journeys = new Map<string, Journey>(geodata.journeys.map((j) => [j.id, hydrateJourney(j)]));
	const places = new Map<string, PlaceCore>(geodata.places.map((p) => [p.id, p]));
	const offsetOf = (place: string) => places.get(place)?.utcOffset ?? '+00:00';
	const events = (geodata.events ?? []).filter((e): e is EventCore => !!e.label).sort((a, b) => a.start.ms - b.start.ms);
	return { chapters: chapters.map((c) => resolveChapter(c, journeys, offsetOf)), journeys, places, events };
}

/** Resolves `from`/`to` (stop ids or dates) to km and time. Throws an error naming the file and field. */
export function resolveChapter(c: ChapterMeta, journeys: ReadonlyMap<string, Journey>, offsetOf: (place: string) => string): Chapter {
	if (!c.journey) {
		if (c.from || c.to) throw new Error(`${c.file}: from/to: a chapter without a journey cannot have from or to`);
		const t = c.date ? Date.parse(`${c.date}T12:00:00Z`) : Number.NaN;
		return { ...c, kmFrom: 0, kmTo: 0, tFrom: t, tTo: t };
	}
	const j = journeys.get(c.journey);
	if (!j) throw new Error(`${c.file}: journey: unknown journey "${c.journey}" (known: ${[...journeys.keys()].join(', ')})`);
	const resolve = (field: 'from' | 'to', value: string | undefined): { km: number; t: number } => {
		if (value === undefined) return field === 'from' ? { km: 0, t: j.anchors[0]!.t } : { km: j.line.totalKm, t: timeAtKm(j.anchors, j.line.totalKm) };
		const k = j.stops.findIndex((s) => s.id === value);
		if (k >= 0) {
			const km = j.stopKm[k]!;
			// A chapter that starts at a stop starts as the vehicle leaves it; one that ends there, as it arrives.
			const t = field === 'from' ? (j.stops[k]!.depart?.ms ?? timeAtKm(j.anchors, km)) : timeAtKm(j.anchors, km);
			return { km, t };
		}
		if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
			try {
				const t = parseInstant(value, offsetOf(j.stops[0]!.place)).ms;
				return { km: kmAtTime(j.anchors, t), t };
			} catch (err) {
				throw new Error(`${c.file}: ${field}: ${(err as Error).message}`);
			}
		}
		throw new Error(`${c.file}: ${field}: "${value}" is neither a stop of journey "${j.id}" nor an ISO date`);
	};
	if (c.at !== undefined) {
		if (c.from !== undefined || c.to !== undefined) throw new Error(`${c.file}: at: a chapter stands at one stop (at) or covers a stretch (from/to), not both`);
		const k = j.stops.findIndex((s) => s.id === c.at);
		if (k < 0) throw new Error(`${c.file}: at: "${c.at}" is not a stop of journey "${j.id}"`);
		const km = j.stopKm[k]!;
		const t = j.stops[k]!.depart?.ms ?? timeAtKm(j.anchors, km);
		return { ...c, kmFrom: km, kmTo: km, tFrom: t, tTo: t };
	}
	if (c.from !== undefined && c.from === c.to) throw new Error(`${c.file}: to: "${c.to}" is the same as from: a chapter covers a stretch from one stop or date to a later one (to stand at one stop, write at: ${c.from})`);
	const from = resolve('from', c.from);
	const to = resolve('to', c.to);
	if (to.t < from.t || to.km < from.km) throw new Error(`${c.file}: to: "${c.to}" comes before "${c.from}" on journey "${j.id}"`);
	return { ...c, kmFrom: from.km, kmTo: to.km, tFrom: from.t, tTo: to.t };
}
