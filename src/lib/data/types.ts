// Types of the compiled geodata: the core the story engine and the browser need, and the full records the build, the tables and the static maps use.
import type { LegCertainty, Localized, Mode, PeriodName, Source, StopCertainty } from './schema';
import type { Instant } from './dates';

/** What the engine needs of a stop. */
export interface StopCore {
	id: string;
	place: string;
	/** Index of the stop's vertex in the journey's route coordinates. */
	vertex: number;
	arrive?: Instant;
	depart?: Instant;
	certainty: StopCertainty;
}

export interface StopData extends StopCore {
	arriveText?: string;
	departText?: string;
	sources: string[];
	note?: string;
	alternatives?: { place: string; sources: string[]; note?: string }[];
}

export interface LegCore {
	id: string;
	mode: Mode;
	certainty: LegCertainty;
	/** First and last vertex of the leg in the journey's route coordinates. */
	start: number;
	end: number;
}

export interface LegData extends LegCore {
	from: string;
	to: string;
	sources: string[];
	note?: string;
}

export interface JourneyCore {
	id: string;
	title: string;
	travellers: string;
	/** The whole route, legs joined end to end, [lon, lat]. */
	coords: [number, number][];
	legs: LegCore[];
	stops: StopCore[];
}

export interface JourneyData extends JourneyCore {
	summary: string;
	sources: string[];
	legs: LegData[];
	stops: StopData[];
}

export interface PlaceCore {
	id: string;
	lngLat: [number, number];
	names: Localized;
	periodNames?: PeriodName[];
	kind: string;
	utcOffset: string;
	/** The language of the country the place lay in (1949 borders), for its second label line. */
	localLang?: 'zh' | 'ru';
	/** Label priority: 1 for the places the journeys stop at, 2 for the rest. */
	rank?: number;
}

export interface PlaceData extends PlaceCore {
	basis: string;
	certainty: 'high' | 'medium' | 'low';
	note?: string;
}

/** A dated event the map shows: one with a short label. */
export interface EventCore {
	id: string;
	/** The events file (collection) it belongs to; a collection named like a journey belongs to that journey's chapters. */
	collection: string;
	place: string;
	label: string;
	start: Instant;
	end?: Instant;
	note?: string;
}

export interface EventData extends Omit<EventCore, 'label'> {
	title: string;
	/** Short map label; events without one are not drawn on the map. */
	label?: string;
	startText: string;
	endText?: string;
	certainty: StopCertainty;
	sources: string[];
	alternatives?: { place: string; sources: string[]; note?: string }[];
}

/** Everything the build knows. */
export interface Geodata {
	journeys: JourneyData[];
	events: EventData[];
	places: PlaceData[];
	sources: Source[];
}

/** What the browser gets: the story engine's core, light enough for a first visit. */
export interface StoryGeodata {
	journeys: JourneyCore[];
	places: PlaceCore[];
	events: EventCore[];
}
