// Types of the compiled geodata the app ships (the output of compile.ts, the input of the story engine).
import type { LegCertainty, Localized, Mode, PeriodName, Source, StopCertainty } from './schema';
import type { Instant } from './dates';

export interface StopData {
	id: string;
	place: string;
	/** Index of the stop's vertex in the journey's route coordinates. */
	vertex: number;
	arrive?: Instant;
	depart?: Instant;
	arriveText?: string;
	departText?: string;
	certainty: StopCertainty;
	sources: string[];
	note?: string;
	alternatives?: { place: string; sources: string[]; note?: string }[];
}

export interface LegData {
	id: string;
	from: string;
	to: string;
	mode: Mode;
	certainty: LegCertainty;
	sources: string[];
	note?: string;
	/** First and last vertex of the leg in the journey's route coordinates. */
	start: number;
	end: number;
}

export interface JourneyData {
	id: string;
	title: string;
	travellers: string;
	summary: string;
	sources: string[];
	/** The whole route, legs joined end to end, [lon, lat]. */
	coords: [number, number][];
	legs: LegData[];
	stops: StopData[];
}

export interface PlaceData {
	id: string;
	lngLat: [number, number];
	names: Localized;
	periodNames?: PeriodName[];
	kind: string;
	basis: string;
	certainty: 'high' | 'medium' | 'low';
	utcOffset: string;
	note?: string;
	/** The language of the country the place lay in (1949 borders), for its second label line. */
	localLang?: 'zh' | 'ru';
	/** Label priority: 1 for the places the journeys stop at, 2 for the rest. */
	rank?: number;
}

export interface EventData {
	id: string;
	/** The events file (collection) it belongs to. */
	collection: string;
	place: string;
	title: string;
	/** Short map label; events without one are not drawn on the map. */
	label?: string;
	start: Instant;
	end?: Instant;
	startText: string;
	endText?: string;
	certainty: StopCertainty;
	sources: string[];
	note?: string;
	alternatives?: { place: string; sources: string[]; note?: string }[];
}

export interface Geodata {
	journeys: JourneyData[];
	events: EventData[];
	places: PlaceData[];
	sources: Source[];
}
