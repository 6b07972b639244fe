// Pure: the chapters an embed of one journey shows — the story's chapters about it, or, for a journey no chapter tells, one chapter spanning it.
import type { ChapterContent } from '../story/chapter';
import type { JourneyData } from '../data/types';
import { formatLocalDate } from '../geo/dates';

/** The journey's dates as "6 December 1949 – 16 December 1949" (the same day once). */
export function journeyDates(j: Pick<JourneyData, 'stops'>): string {
	const first = j.stops[0];
	const last = j.stops[j.stops.length - 1];
	const start = first?.depart ?? first?.arrive;
	const end = last?.arrive ?? last?.depart;
	if (!start || !end) return '';
	const a = formatLocalDate(start.ms, start.offsetMin);
	const b = formatLocalDate(end.ms, end.offsetMin);
	return a === b ? a : `${a} – ${b}`;
}

/** Chapter text is left out (html: ''): the compact embed shows titles only, and its page stays light. */
export function embedChapters(journey: Pick<JourneyData, 'id' | 'title' | 'stops'>, chapters: readonly ChapterContent[]): ChapterContent[] {
	const own = chapters.filter((c) => c.journey === journey.id).map((c) => ({ ...c, html: '' }));
	if (own.length > 0) return own;
	return [
		{
			id: journey.id,
			title: journey.title,
			dates: journeyDates(journey),
			journey: journey.id,
			scrub: 'distance',
			camera: { mode: 'fit', maxZoom: 9, extent: 'journey' },
			html: '',
			file: `(embed of ${journey.id})`
		}
	];
}
