// Pure: the stops and events of the geodata as flat tables (date, place in three languages, mode, certainty, sources) for historians.
import type { Geodata, PlaceData } from '../../src/lib/data/types';
import { hydrateJourney } from '../../src/lib/story/journey';
import { timeAtKm } from '../../src/lib/geo/timeline';
import { parseOffset } from '../../src/lib/data/dates';
import { nameAt } from '../../src/lib/story/names';
import { formatDate } from '../../src/lib/i18n/format';

export interface Table {
	columns: string[];
	rows: string[][];
}

const COLUMNS = ['journey', '#', 'date', 'place (English)', 'Chinese', 'Russian', 'mode', 'certainty', 'sources', 'note'];

function names(place: PlaceData | undefined, t: number): [string, string, string] {
	if (!place) return ['?', '?', '?'];
	const both = (lang: 'en' | 'zh' | 'ru') => {
		const then = nameAt(place, t, lang);
		const now = place.names[lang];
		return then === now ? now : `${then} (now ${now})`;
	};
	return [both('en'), both('zh'), both('ru')];
}

export function stopTable(g: Geodata): Table {
	const places = new Map(g.places.map((p) => [p.id, p]));
	const rows: string[][] = [];
	for (const data of g.journeys) {
		const j = hydrateJourney(data);
		// The hydrated journey gives the timeline; the data keeps what only the tables show (the dates as written, sources, notes).
		data.stops.forEach((s, k) => {
			const place = places.get(s.place);
			const offset = parseOffset(place?.utcOffset ?? '+00:00');
			const t = s.arrive?.ms ?? s.depart?.ms ?? timeAtKm(j.anchors, j.stopKm[k]!);
			const given = [s.arriveText, s.departText].filter(Boolean);
			const date = given.length ? [...new Set(given)].join(' → ') : `≈ ${formatDate(t, offset, 'en')}`;
			const modes = [j.legs[k - 1]?.mode, j.legs[k]?.mode].filter(Boolean);
			const alt = s.alternatives?.length ? ` Alternatives: ${s.alternatives.map((a) => places.get(a.place)?.names.en ?? a.place).join(', ')}.` : '';
			rows.push([j.id, String(k + 1), date, ...names(place, t), [...new Set(modes)].join(' / '), s.certainty, s.sources.join(' '), (s.note ?? '') + alt]);
		});
	}
	return { columns: COLUMNS, rows };
}

export function eventTable(g: Geodata): Table {
	const places = new Map(g.places.map((p) => [p.id, p]));
	const rows = g.events.map((e, k) => [
		e.collection,
		String(k + 1),
		e.endText ? `${e.startText} → ${e.endText}` : e.startText,
		...names(places.get(e.place), e.start.ms),
		'',
		e.certainty,
		e.sources.join(' '),
		`${e.title}.${e.note ? ` ${e.note}` : ''}`
	]);
	return { columns: COLUMNS, rows };
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export const toCsv = (t: Table) => [t.columns, ...t.rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';

const mdCell = (v: string) => v.replace(/\|/g, '\\|').replace(/\n/g, ' ');
export const toMarkdown = (t: Table) =>
	[`| ${t.columns.join(' | ')} |`, `|${t.columns.map(() => '---').join('|')}|`, ...t.rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n') + '\n';
