// The words of the geodata a reader sees (journey titles, event labels and notes) in one language: English from the data, the others from src/content/<lang>/geodata.yaml.
import type { EventCore, JourneyCore, PlaceCore } from '../data/types';
import type { EventWords } from '../map/event-markers';
import { parseOffset } from '../data/dates';
import { eventsHere, formatDate } from './format';
import type { Lang } from './lang';

export interface GeodataWords {
	journeys: Record<string, { title: string; travellers: string }>;
	events: Record<string, { label: string; note: string }>;
}

/** The English words, as the data has them. */
export function englishWords(journeys: readonly JourneyCore[], events: readonly EventCore[]): GeodataWords {
	return {
		journeys: Object.fromEntries(journeys.map((j) => [j.id, { title: j.title, travellers: j.travellers }])),
		events: Object.fromEntries(events.map((e) => [e.id, { label: e.label, note: e.note ?? '' }]))
	};
}

/** A journey's title in the page's language: a translation where there is one, the data's English otherwise. */
export const journeyTitle = (words: GeodataWords | undefined, journey: Pick<JourneyCore, 'id' | 'title'>): string => words?.journeys[journey.id]?.title ?? journey.title;

/** The event markers' words: a translation where there is one, the data's English otherwise (the sync check keeps that from happening in a release). */
export function eventWords(words: GeodataWords | undefined, lang: Lang): EventWords {
	return {
		text: (e) => words?.events[e.id] ?? { label: e.label, note: e.note ?? '' },
		date: (e: EventCore, place: PlaceCore | undefined) => formatDate(e.start.ms, parseOffset(place?.utcOffset ?? '+00:00'), lang),
		count: (n) => eventsHere(n, lang)
	};
}
