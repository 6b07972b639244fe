// The towns around a chapter's route that are not its stops: small grey names, so a close-up map still says where it is.
import type { GeoProjection } from 'd3-geo';
import type { PlaceCore } from '../data/types';
import type { Frame } from './frame';
import { toPx, WIDTH, HEIGHT } from './frame';
import { placeLabels, markerRect } from './labels';
import { stopLabel } from './naming';
import { num } from './path-data';
import type { Lang } from '../i18n/lang';

/** Minor towns appear from this zoom on, as on the live map (MINOR_PLACES_MINZOOM). */
const MINOR_FROM_ZOOM = 4.5;
const MUTED = '#6b6255';
const R = 1.8;

/**
 * Dots and names for the towns and cities in view, after the stops have taken their places: a town
 * is drawn only if its name fits, so the map never shows an unexplained dot.
 */
export function contextPlaces(
	places: ReadonlyMap<string, PlaceCore>,
	skip: ReadonlySet<string>,
	t: number,
	f: Frame,
	p: GeoProjection,
	taken: [number, number, number, number][],
	avoid: readonly [number, number, number, number][],
	lang: Lang
): string {
	const inView = [...places.values()]
		.filter((q) => (q.kind === 'city' || q.kind === 'town') && !skip.has(q.id) && ((q.rank ?? 2) <= 1 || f.zoom >= MINOR_FROM_ZOOM))
		.map((q) => ({ q, at: toPx(f, p, q.lngLat) }))
		.filter(({ at: [x, y] }) => x > 8 && x < WIDTH - 8 && y > 8 && y < HEIGHT - 8)
		// Cities before towns; otherwise the gazetteer's order, which keeps the output stable.
		.sort((a, b) => (a.q.rank ?? 2) - (b.q.rank ?? 2));
	// Every candidate's dot is kept clear, so no name can cover another town's dot and seem to belong to it.
	taken.push(...inView.map(({ at: [x, y] }) => markerRect(x, y, R + 1)));
	const texts = placeLabels(
		inView.map(({ q, at: [x, y] }) => ({ x, y, ...stopLabel(q, places, t, lang), gap: R + 2.5 })),
		taken,
		WIDTH,
		HEIGHT,
		avoid
	);
	const marks = inView.map(({ at: [x, y] }, k) => (texts[k] ? `<circle cx="${num(x)}" cy="${num(y)}" r="${R}"/>` : '')).join('');
	return texts.some(Boolean) ? `<g fill="${MUTED}">${marks}</g><g font-size="11" fill="${MUTED}">${texts.join('')}</g>` : '';
}
