// Where a chapter map looks: its crop of the fixed projection, from the chapter's stretch and camera hint.
import type { GeoProjection } from 'd3-geo';
import type { Chapter } from '../story/chapter';
import type { Journey } from '../story/journey';
import { REGION, symbolBox, unitsPerWorld, type Box } from './projection';
import { routePoints } from './route';
import { CITY_PLANS } from '../data/basemap-files';

/** Size of every chapter map in its own units, about the width it is shown at in a chapter card. */
export const WIDTH = 420;
export const HEIGHT = 280;
/** Closest view, as a MapLibre zoom: a short stretch still shows the country around it. */
const MAX_ZOOM = 7;
/** A stretch wholly inside a city plan's box may be shown at city scale, where the plan is drawn (extras.ts). */
const CITY_MAX_ZOOM = 11;
/** A `fixed` camera's zoom is meant for the live map, which is about this wide once the text column is taken. */
const LIVE_VIEW_PX = 960;
/** Room around the stretch, px on each side, so the names at its ends fit inside the map. */
const MARGIN_X = 56;
const MARGIN_Y = 36;

export interface Frame {
	/** Pixels per projection unit, and the offset: px = u * k + t. Rounded, so the basemap and the route agree exactly. */
	k: number;
	tx: number;
	ty: number;
	/** MapLibre-equivalent zoom, to decide what is worth labelling. */
	zoom: number;
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
const zoomSpan = (p: GeoProjection, zoom: number, px: number) => (unitsPerWorld(p) * px) / (512 * 2 ** zoom);

function boundsOf(points: readonly (readonly [number, number])[], p: GeoProjection): Box {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const ll of points) {
		const [x, y] = p(ll as [number, number])!;
		[x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
	}
	return [x0, y0, x1, y1];
}

/** A box of the given width around a point, at the maps' aspect ratio. */
function around(p: GeoProjection, at: readonly [number, number], width: number): Box {
	const [x, y] = p(at as [number, number])!;
	const h = (width * HEIGHT) / WIDTH;
	return [x - width / 2, y - h / 2, x + width / 2, y + h / 2];
}

/** What the chapter shows, in projection units, before padding. */
function subject(c: Chapter, journeys: ReadonlyMap<string, Journey>, p: GeoProjection): { box: Box; padded: boolean } {
	const cam = c.camera;
	if (cam.mode === 'fixed') return { box: around(p, cam.center, zoomSpan(p, cam.zoom, LIVE_VIEW_PX)), padded: true };
	const j = c.journey ? journeys.get(c.journey) : undefined;
	if (!j) {
		// No journey: the ground all the story's journeys cover, or the whole region if there are none.
		const all = [...journeys.values()].flatMap((x) => x.coords);
		const region: [number, number][] = [[REGION[0], REGION[1]], [REGION[2], REGION[3]]];
		return { box: boundsOf(all.length ? all : region, p), padded: false };
	}
	if (cam.mode === 'fit' && cam.extent === 'journey') return { box: boundsOf(j.coords, p), padded: false };
	// A chapter that stays in one place (a dwell): the view the live camera would hold there.
	if (c.kmTo - c.kmFrom < 0.5) {
		const zoom = cam.mode === 'follow' ? cam.zoom : cam.maxZoom;
		return { box: around(p, routePoints(j, c.kmFrom, c.kmFrom)[0]!, zoomSpan(p, zoom, LIVE_VIEW_PX)), padded: true };
	}
	return { box: boundsOf(routePoints(j, c.kmFrom, c.kmTo), p), padded: false };
}

export function chapterFrame(c: Chapter, journeys: ReadonlyMap<string, Journey>, p: GeoProjection): Frame {
	const { box, padded } = subject(c, journeys, p);
	let [x0, y0, x1, y1] = box;
	// Like fitBounds: the scale at which the stretch fills the map less its margins.
	const [mx, my] = padded ? [0, 0] : [MARGIN_X, MARGIN_Y];
	const fitK = Math.min((WIDTH - 2 * mx) / Math.max(x1 - x0, 1e-9), (HEIGHT - 2 * my) / Math.max(y1 - y0, 1e-9));
	const corners = [p.invert?.([x0, y0]), p.invert?.([x1, y1])];
	const inCity = corners.every((q) => q && CITY_PLANS.some(({ bounds: [w, s, e, n] }) => q[0] >= w && q[0] <= e && q[1] >= s && q[1] <= n));
	const cap = inCity ? CITY_MAX_ZOOM : MAX_ZOOM;
	const maxZoom = c.camera.mode === 'fit' ? Math.min(c.camera.maxZoom, cap) : cap;
	let w = Math.max(WIDTH / fitK, zoomSpan(p, maxZoom, WIDTH));
	let h = (w * HEIGHT) / WIDTH;
	// Never wider than the symbol, and kept inside it, so no map shows the edge of the drawn world.
	const [sx0, sy0, sx1, sy1] = symbolBox(p);
	const fit = Math.min(1, (sx1 - sx0) / w, (sy1 - sy0) / h);
	[w, h] = [w * fit, h * fit];
	const cx = Math.min(Math.max((x0 + x1) / 2, sx0 + w / 2), sx1 - w / 2);
	const cy = Math.min(Math.max((y0 + y1) / 2, sy0 + h / 2), sy1 - h / 2);
	[x0, y0] = [cx - w / 2, cy - h / 2];
	const k = round(WIDTH / w, 5);
	return { k, tx: round(-x0 * k, 2), ty: round(-y0 * k, 2), zoom: Math.log2((k * unitsPerWorld(p)) / 512) };
}

/** Projects [lon, lat] into the chapter map's pixel frame. */
export function toPx(f: Frame, p: GeoProjection, ll: readonly [number, number]): [number, number] {
	const [x, y] = p(ll as [number, number])!;
	return [x * f.k + f.tx, y * f.k + f.ty];
}
