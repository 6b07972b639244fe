// The dated events a chapter has reached, on its static map as on the live one: a diamond per place (events close together share one) and the latest one's label.
import type { GeoProjection } from 'd3-geo';
import type { EventCore, PlaceCore } from '../data/types';
import { EVENT_MIN_ZOOM, groupEvents } from '../map/event-markers';
import { COLORS } from '../ui/theme';
import { toPx, type Frame } from './frame';
import { markerRect, type LabelRequest } from './labels';
import { num } from './path-data';

/** Half the diagonal of an event's diamond, px. */
const R = 4.5;

/**
 * The events of `collection` (a journey's id) that began by `untilMs`, grouped as the live map groups them at the frame's
 * zoom, and only where the live map shows them (from EVENT_MIN_ZOOM): their diamonds, and label requests for placeLabels.
 * `label` gives an event's short label in the map's language.
 */
export function eventMarks(
	events: readonly EventCore[],
	places: ReadonlyMap<string, PlaceCore>,
	collection: string,
	untilMs: number,
	f: Frame,
	p: GeoProjection,
	label: (e: EventCore) => string,
	taken: [number, number, number, number][]
): { marks: string; labels: LabelRequest[] } {
	if (f.zoom < EVENT_MIN_ZOOM || !Number.isFinite(untilMs)) return { marks: '', labels: [] };
	const reached = events.filter((e) => e.collection === collection && e.start.ms <= untilMs);
	let marks = '';
	const labels: LabelRequest[] = [];
	for (const g of groupEvents(reached, places, f.zoom)) {
		const [x, y] = toPx(f, p, g.place.lngLat);
		marks += `<path data-part="event" d="M${num(x)} ${num(y - R)}L${num(x + R)} ${num(y)}L${num(x)} ${num(y + R)}L${num(x - R)} ${num(y)}Z" fill="${COLORS.route}" stroke="${COLORS.paper}" stroke-width="1.5"/>`;
		taken.push(markerRect(x, y, R + 1));
		labels.push({ x, y, text: label(g.events[g.events.length - 1]!), gap: R + 3 });
	}
	return { marks, labels };
}
