// Assembles the Story the engine runs on from the compiled geodata and the chapter content.
import type { Geodata } from '../data/types';
import type { ChapterContent } from './chapter';
import { resolveChapter } from './chapter';
import { hydrateJourney, type Journey } from './journey';
import type { Story } from './scene';

export function buildStory(geodata: Geodata, chapters: readonly ChapterContent[]): Story {
	const journeys = new Map<string, Journey>(geodata.journeys.map((j) => [j.id, hydrateJourney(j)]));
	const places = new Map(geodata.places.map((p) => [p.id, p]));
	const offsetOf = (place: string) => places.get(place)?.utcOffset ?? '+00:00';
	return { chapters: chapters.map((c) => resolveChapter(c, journeys, offsetOf)), journeys, places };
}
