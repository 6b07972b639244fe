// Pure: the chapters an embed of one journey shows — the story's chapters about it, or, for a journey no chapter tells, one chapter spanning it.
import type { ChapterContent } from '../content/format';
import type { JourneyData } from '../data/types';
import { formatDate } from '../i18n/format';
import type { Lang } from '../i18n/lang';

/** The journey's dates as "6 December 1949 – 16 December 1949" (the same day once). */
export function journeyDates(j: Pick<JourneyData, 'stops'>, lang: Lang): string {
	const first = j.stops[0];
	const last = j.stops[j.stops.length - 1];
	const start = first?.depart ?? first?.arrive;
	const end = last?.arrive ?? last?.depart;
	if (!start || !end) return '';
	const a = formatDate(start.ms, start.offsetMin, lang);
	const b = formatDate(end.ms, end.offsetMin, lang);
	return a === b ? a : `${a} – ${b}`;
}

/** Chapter text is left out (html: ''): the compact embed shows titles only, and its page stays light. */
export function embedChapters(journey: Pick<JourneyData, 'id' | 'title' | 'stops'>, chapters: readonly ChapterContent[], lang: Lang): ChapterContent[] {
	const own = chapters.filter((c) => c.journey === journey.id).map((c) => ({ ...c, html: '' }));
	if (own.length > 0) return own;
	return [
		{
			id: journey.id,
			title: journey.title,
			dates: journeyDates(journey, lang),
			journey: journey.id,
			scrub: 'distance',
			camera: { mode: 'fit', maxZoom: 9, extent: 'journey' },
			html: '',
			file: `(embed of ${journey.id})`
		}
	];
}
