// One chapter's static route map: a crop of the shared basemap symbol, the route, its stops and their names.
import type { Lang } from '../i18n/lang';
import type { GeoProjection } from 'd3-geo';
import type { EventCore, PlaceCore } from '../data/types';
import type { Chapter } from '../story/chapter';
import type { Journey } from '../story/journey';
import { timeAtKm } from '../geo/timeline';
import { describe, mapPlace, stopLabel } from './naming';
import { contextPlaces } from './context';
import { STORY_DATE } from '../map/labels';
import { PALETTE } from '../map/style';
import { COLORS } from '../ui/theme';
import { BASEMAP_ID } from './basemap-svg';
import { chapterFrame, HEIGHT, toPx, WIDTH, type Frame } from './frame';
import { LABEL_STYLE, SIZE, lineRects, markerRect, placeLabels, type LabelRequest } from './labels';
import { esc, num, pathData } from './path-data';
import { staticProjection } from './projection';
import { routePieces, routePoints } from './route';
import { cityPlan, contextNames, type StaticExtras } from './extras';
import { projectParts } from './path-data';
import { eventMarks } from './events';

/** What a chapter map needs of the story; `unitLabels` (from unitLabelsOf(basemap)) names the countries on wide views. */
export interface StaticMapInput {
	journeys: ReadonlyMap<string, Journey>;
	places: ReadonlyMap<string, PlaceCore>;
	unitLabels?: readonly { label: string; at: [number, number] }[];
	/** Rivers' and context names, and the city plans (from the lazy tiers), when the page has them. */
	extras?: StaticExtras;
	/** The map's language, and the journeys' travellers in it (the data has them in English). */
	lang?: Lang;
	travellers?: Readonly<Record<string, string>>;
	/** The story's dated events, and their short labels in `lang` (the data's English label otherwise). */
	events?: readonly EventCore[];
	eventLabels?: Readonly<Record<string, string>>;
}

const INK = COLORS.route;
const PAPER = COLORS.paper;
/** Country names are shown on views at most this zoomed in, as on the live map (its unit labels stop at 5.5). */
const UNIT_LABEL_MAX_ZOOM = 5.5;

/** The stretch drawn bold: the chapter's, or the whole journey for an overview chapter that covers no distance. */
function stretch(c: Chapter, j: Journey): [number, number] {
	const overview = c.camera.mode === 'fit' && c.camera.extent === 'journey' && c.kmTo - c.kmFrom < 0.5;
	return overview ? [0, j.line.totalKm] : [c.kmFrom, c.kmTo];
}

/** One style of line for a stretch of route, in the frame's pixels; inferred legs get `dash` (none if empty). */
function line(j: Journey, a: number, b: number, f: Frame, p: GeoProjection, attrs: string, part: string, dash = ''): string {
	if (b - a <= 0) return '';
	const pieces = routePieces(j, a, b).map((pc) => ({ ...pc, points: pc.points.map((ll) => toPx(f, p, ll)) }));
	const d = (inferred: boolean) => pathData(pieces.filter((pc) => pc.inferred === inferred).map((pc) => ({ points: pc.points, closed: false })));
	const solid = d(false);
	const dashed = d(true);
	return (
		(solid ? `<path data-part="${part}" ${attrs} d="${solid}"/>` : '') +
		(dashed ? `<path data-part="${part}" data-inferred="" ${attrs}${dash ? ` stroke-dasharray="${dash}"` : ''} d="${dashed}"/>` : '')
	);
}

/**
 * `<svg viewBox="0 0 420 280">` for one chapter. It needs the basemap symbol (basemapSymbol, same
 * projection) once in the page. Deterministic: the same story and chapter give the same string.
 */
export function chapterMapSvg(input: StaticMapInput, c: Chapter, p: GeoProjection = staticProjection()): string {
	const f = chapterFrame(c, input.journeys, p);
	const j = c.journey ? input.journeys.get(c.journey) : undefined;
	const [a, b] = j ? stretch(c, j) : [0, 0];
	const lang = input.lang ?? 'en';
	const label = esc(describe(c, j, input.places, [a, b], lang, j ? input.travellers?.[j.id] : undefined));
	const round = 'fill="none" stroke-linecap="round" stroke-linejoin="round"';
	let routes = '';
	const labels: LabelRequest[] = [];
	const taken: [number, number, number, number][] = [];
	let marks = '';
	const named = new Set<string>();
	if (j) {
		routes += line(j, 0, a, f, p, `${round} stroke="${INK}" stroke-opacity="0.45" stroke-width="2"`, 'before', '3 3');
		routes += line(j, b, j.line.totalKm, f, p, `${round} stroke="${INK}" stroke-opacity="0.22" stroke-width="1.5"`, 'after', '3 3');
		routes += line(j, a, b, f, p, `${round} stroke="${PAPER}" stroke-opacity="0.9" stroke-width="6"`, 'casing');
		routes += line(j, a, b, f, p, `${round} stroke="${INK}" stroke-width="3"`, 'stretch', '5 4');
		// Stops in the stretch: ends first, so their names win any collision.
		const inStretch = j.stops.map((s, k) => ({ s, km: j.stopKm[k]! })).filter(({ km }) => km >= a - 0.5 && km <= b + 0.5);
		const ends = [inStretch[0], inStretch[inStretch.length - 1]].filter((x) => x !== undefined);
		const order = [...new Set([...ends, ...inStretch])];
		for (const item of order) {
			const { s, km } = item;
			const [x, y] = toPx(f, p, j.coords[s.vertex]!);
			const end = ends.includes(item);
			const r = end ? 4.5 : 2.8;
			// Start: an open ring; end: a filled dot; stops between: small open dots as on the live map.
			const [fill, stroke, width] = item === ends[0] ? [PAPER, INK, 2] : end ? [INK, PAPER, 1.5] : [PAPER, INK, 1.3];
			marks += `<circle cx="${num(x)}" cy="${num(y)}" r="${r}" fill="${fill}" stroke="${stroke}" stroke-width="${width}"/>`;
			taken.push(markerRect(x, y, r + 1));
			const place = input.places.get(s.place);
			if (!place) continue;
			// A round trip starts and ends at one place: it is named once.
			const id = mapPlace(place, input.places).id;
			if (named.has(id)) continue;
			named.add(id);
			labels.push({ x, y, ...stopLabel(place, input.places, timeAtKm(j.anchors, km), lang), bold: end, gap: r + 3 });
		}
	}
	// The events the chapter has reached by its end, where the live map would show them too.
	const ev = j ? eventMarks(input.events ?? [], input.places, j.id, timeAtKm(j.anchors, b), f, p, (e) => input.eventLabels?.[e.id] ?? e.label, taken) : { marks: '', labels: [] };
	marks += ev.marks;
	labels.push(...ev.labels.map((l) => ({ ...l, bold: false })));
	// Names keep off the route where they can: the whole route, faint parts included.
	const avoid = j ? lineRects(routePoints(j, 0, j.line.totalKm).map((ll) => toPx(f, p, ll))) : [];
	const city = input.extras ? cityPlan(input.extras, f, p, taken, avoid, projectParts, lang) : { shapes: '', labels: '' };
	// The stretch's ends first, then the rivers, lakes, ranges and seas the chapters name, then the stops between:
	// on a long stretch a lake or a river orients the reader better than one more station.
	const endNames = placeLabels(labels.filter((l) => l.bold), taken, WIDTH, HEIGHT, avoid).join('');
	const waters = input.extras ? contextNames(input.extras, f, p, taken, avoid, lang) : '';
	let names = `<g ${LABEL_STYLE} font-size="${SIZE}" fill="${PALETTE.ink}" stroke="${PALETTE.halo}">${endNames}${placeLabels(labels.filter((l) => !l.bold), taken, WIDTH, HEIGHT, avoid).join('')}`;
	// Then the towns around, except those the stretch's stops already name (stations by their city).
	names += `${contextPlaces(input.places, named, j ? timeAtKm(j.anchors, a) : STORY_DATE, f, p, taken, avoid, lang)}</g>`;
	if (f.zoom <= UNIT_LABEL_MAX_ZOOM && input.unitLabels?.length) {
		const units = input.unitLabels.map(({ label: text, at }) => ({ ...xy(toPx(f, p, at)), text, gap: 0, centred: { tracking: 2.5 } }));
		names = `<g ${LABEL_STYLE} font-size="${SIZE}" letter-spacing="2.5" fill="${PALETTE.unitLabel}" stroke="${PALETTE.land}">${placeLabels(units, taken, WIDTH, HEIGHT, avoid).join('')}</g>${names}`;
	}
	if (city.labels || waters) names += `<g ${LABEL_STYLE}>${city.labels}${waters}</g>`;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${label}">` +
		`<title>${label}</title><rect width="${WIDTH}" height="${HEIGHT}" fill="${PALETTE.sea}"/>` +
		// Both href forms: the fallback exists for old devices, and Safari before 12.1 only knows xlink:href.
		`<use href="#${BASEMAP_ID}" xlink:href="#${BASEMAP_ID}" transform="matrix(${f.k} 0 0 ${f.k} ${f.tx} ${f.ty})"/>` +
		`${city.shapes}${routes}${marks}${names}</svg>`
	);
}

const xy = ([x, y]: [number, number]) => ({ x, y });
