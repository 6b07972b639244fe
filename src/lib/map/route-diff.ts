// Pure: what to send the drawn-route source for a new scene — the pieces that appeared or went, and the tips that moved at least half a pixel — as a MapLibre updateData diff.
import type { Feature, LineString } from 'geojson';
import type { GeoJSONSourceDiff } from 'maplibre-gl';
import type { DrawnNetwork, LegProps } from './route-features';
import { mercX, mercY } from '../story/camera';

/** Below this, in screen pixels at the current zoom, a tip that moved is not worth a message to the worker. */
export const MIN_TIP_MOVE_PX = 0.5;

/** What the source holds: the ids of settled pieces, and each tip's shape when it was last sent. */
export interface SentState {
	settled: Set<string>;
	tips: Map<string, { first: number[]; length: number; last: number[]; props: string }>;
}

export const emptySent = (): SentState => ({ settled: new Set(), tips: new Map() });

/** Distance between two [lon, lat] points in pixels of a Web Mercator world at `zoom` (512 px wide at zoom 0). */
export function worldPx(a: readonly number[], b: readonly number[], zoom: number): number {
	const scale = 512 * 2 ** zoom;
	return Math.hypot((mercX(a[0]!) - mercX(b[0]!)) * scale, (mercY(a[1]!) - mercY(b[1]!)) * scale);
}

const withId = (id: string, f: Feature<LineString, LegProps>): Feature<LineString, LegProps> => ({ ...f, id });

/** The diff from what was sent to `next` at this zoom, or null when nothing visible changed; and the new sent state. */
export function planRouteUpdate(sent: SentState, next: DrawnNetwork, zoom: number): { diff: GeoJSONSourceDiff | null; sent: SentState } {
	const remove: string[] = [];
	const add: Feature<LineString, LegProps>[] = [];
	const update: { id: string; newGeometry: LineString; addOrUpdateProperties?: { key: string; value: unknown }[] }[] = [];
	for (const id of sent.settled) if (!next.settled.has(id)) remove.push(id);
	for (const [id, f] of next.settled) if (!sent.settled.has(id)) add.push(withId(id, f));
	const tips = new Map(sent.tips);
	for (const id of sent.tips.keys()) {
		if (next.tips.has(id)) continue;
		remove.push(id);
		tips.delete(id);
	}
	for (const [id, f] of next.tips) {
		const c = f.geometry.coordinates;
		const shape = { first: c[0]!, length: c.length, last: c[c.length - 1]!, props: JSON.stringify(f.properties) };
		const was = sent.tips.get(id);
		if (!was) add.push(withId(id, f));
		// Another leg, or the journey became (or stopped being) the one told: adding under the same id replaces the feature.
		else if (was.props !== shape.props) add.push(withId(id, f));
		else if (was.length !== shape.length || was.first[0] !== shape.first[0] || was.first[1] !== shape.first[1] || worldPx(was.last, shape.last, zoom) >= MIN_TIP_MOVE_PX) {
			update.push({ id, newGeometry: f.geometry });
		} else continue;
		tips.set(id, shape);
	}
	const changed = remove.length + add.length + update.length > 0;
	return { diff: changed ? { remove, add, update } : null, sent: { settled: new Set(next.settled.keys()), tips } };
}
