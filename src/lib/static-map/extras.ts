// What the static maps draw beyond the basemap symbol: river and context names in the chapter's frame, and the city plans when a chapter looks at a city.
import type { Lang } from '../i18n/lang';
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { PALETTE } from '../map/style';
import { CITY_COLORS as CITY, WATER_COLORS as WATER } from '../ui/theme';
import type { Frame } from './frame';
import { CITY_NAMES_MINZOOM } from '../data/basemap-files';
import { HEIGHT, toPx, WIDTH } from './frame';
import { placeLabels, type LabelRequest } from './labels';
import { esc, num, pathData, type Part } from './path-data';

type Rect = [number, number, number, number];
type Props = { kind: string; label?: string; rank?: number; type?: string; class?: number; city?: string };
export type TierCollection = FeatureCollection<Geometry, Props>;

/** What the static maps take from the lazy tiers (the same files the live map loads at zoom 5 and 9). */
export interface StaticExtras {
	/** The detail tier: its rivers and context labels are named here. */
	detail?: TierCollection;
	/** The city plans, with the box each is drawn in (src/lib/data/basemap-files.ts CITY_PLANS). */
	cities?: { id: string; bounds: readonly [number, number, number, number]; minzoom: number; plan: TierCollection }[];
}

/** As on the live map: rivers named from zoom 5 (rank 3 from 6); a city plan from its own zoom, its names from 9 (CITY_PLANS). */
/** The great rivers are named on the widest chapter maps (a long train ride is read by them); the others from regional scale. */
const RIVER_NAMES_FROM = 2;
const RIVER_RANK2_FROM = 5;
const MINOR_RIVER_NAMES_FROM = 6;

const lines = (g: Geometry): Position[][] => (g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : []);
const inFrame = ([x, y]: [number, number], m = 12) => x > m && x < WIDTH - m && y > m && y < HEIGHT - m;
/** A feature's label in the map's language (scripts/basemap-tiers.ts writes one per edition). */
const labelIn = (props: Props, lang: Lang) => (lang === 'en' ? props.label : ((props as Record<string, unknown>)[`label_${lang}`] as string | undefined) ?? props.label);
const firstLine = (label: string) => label.split('\n')[0]!;
const secondLine = (label: string) => label.split('\n')[1];

/** The vertex of a line nearest the frame's centre that lies inside it: where its name goes. */
function anchorOf(f: Frame, p: GeoProjection, g: Geometry): [number, number] | undefined {
	if (g.type === 'Point') {
		const at = toPx(f, p, g.coordinates as [number, number]);
		return inFrame(at) ? at : undefined;
	}
	let best: [number, number] | undefined;
	let bestD = Infinity;
	for (const l of lines(g))
		for (const q of l) {
			const at = toPx(f, p, q as [number, number]);
			const d = Math.hypot(at[0] - WIDTH / 2, at[1] - HEIGHT / 2);
			if (inFrame(at, 30) && d < bestD) [best, bestD] = [at, d];
		}
	return best;
}

/**
 * Names of the rivers, lakes, ranges and seas in view, in blue-grey or brown (water in italics, but never in Chinese, which has none), placed after the
 * stops' names so they never push a stop out. `taken` and `avoid` are the chapter map's own.
 */
export function contextNames(extras: StaticExtras, f: Frame, p: GeoProjection, taken: Rect[], avoid: readonly Rect[], lang: Lang): string {
	const features = extras.detail?.features ?? [];
	const from = (rank: number) => (rank <= 1 ? RIVER_NAMES_FROM : rank <= 2 ? RIVER_RANK2_FROM : MINOR_RIVER_NAMES_FROM);
	const rivers = features.filter((x) => x.properties.kind === 'river-label' && x.properties.label && !x.properties.city && f.zoom >= from(x.properties.rank ?? 4));
	const context = features.filter((x) => x.properties.kind === 'context' && x.properties.label && (f.zoom >= 4 || x.properties.type !== 'sea-label'));
	const groups: { colour: string; items: Feature<Geometry, Props>[]; italic: boolean }[] = [
		{ colour: WATER.riverLabel, items: [...context.filter((x) => x.properties.type === 'lake-label' || x.properties.type === 'sea-label'), ...rivers], italic: true },
		{ colour: '#8a7560', items: context.filter((x) => x.properties.type !== 'lake-label' && x.properties.type !== 'sea-label'), italic: false }
	];
	let out = '';
	for (const g of groups) {
		const requests: LabelRequest[] = [];
		for (const x of g.items) {
			const at = anchorOf(f, p, x.geometry);
			if (!at) continue;
			const label = labelIn(x.properties, lang)!;
			// A lake or a sea is named beside its point when the middle is taken (a city on its shore, the route along it).
			const beside = x.geometry.type === 'Point' && x.properties.type !== 'country-label';
			requests.push({ x: at[0], y: at[1], text: firstLine(label), sub: secondLine(label), gap: beside ? 3 : 0, ...(beside ? {} : { centred: { tracking: 0.5 } }) });
		}
		const texts = placeLabels(requests, taken, WIDTH, HEIGHT, avoid).filter(Boolean);
		if (texts.length) out += `<g font-size="11" fill="${g.colour}" stroke="${PALETTE.halo}"${g.italic && lang !== 'zh' ? ' font-style="italic"' : ''}>${texts.join('')}</g>`;
	}
	return out;
}

/** A projection into the chapter's pixels, clipped to the frame, for drawing in pixel space (the static projection is Mercator, projection.ts). */
function pixelProjection(f: Frame, p: GeoProjection): GeoProjection {
	const [tx, ty] = p.translate();
	return geoMercator()
		.precision(0)
		.scale(p.scale() * f.k)
		.translate([tx * f.k + f.tx, ty * f.k + f.ty])
		.clipExtent([
			[-2, -2],
			[WIDTH + 2, HEIGHT + 2]
		]);
}

const CITY_STROKE: Record<string, [string, number, string?]> = {
	river: [WATER.river, 4],
	wall: [CITY.wall, 2.2],
	ring: [CITY.ring, 2, ' stroke-dasharray="5 2"'],
	street: [CITY.street, 1.8]
};

/**
 * The city plan when the frame looks at a city (zoom ≥ 9): walls, rings, streets, the river, palace
 * footprints, station and building dots, and their names, drawn in the frame's pixels.
 */
export function cityPlan(extras: StaticExtras, f: Frame, p: GeoProjection, taken: Rect[], avoid: readonly Rect[], projectParts: (g: Geometry, pr: GeoProjection) => Part[], lang: Lang): { shapes: string; labels: string } {
	const none = { shapes: '', labels: '' };
	if (!extras.cities?.length) return none;
	const [cx, cy] = [WIDTH / 2, HEIGHT / 2];
	const centre = p.invert?.([(cx - f.tx) / f.k, (cy - f.ty) / f.k]);
	// The plan whose box holds the frame's centre, or failing that any plan in view (Peiping is seen from afar).
	const inBox = (q: [number, number] | undefined | null, [w, s, e, n]: readonly number[]) => !!q && q[0] >= w! && q[0] <= e! && q[1] >= s! && q[1] <= n!;
	const city =
		extras.cities.find((c) => f.zoom >= c.minzoom && inBox(centre, c.bounds)) ??
		extras.cities.find((c) => f.zoom >= c.minzoom && inFrame(toPx(f, p, [(c.bounds[0] + c.bounds[2]) / 2, (c.bounds[1] + c.bounds[3]) / 2]), 0));
	if (!city) return none;
	const named = f.zoom >= CITY_NAMES_MINZOOM;
	const px = pixelProjection(f, p);
	const of = (test: (x: Props, g: Geometry) => boolean) => city.plan.features.filter((x) => test(x.properties, x.geometry));
	let out = '';
	const areas = of((x, g) => g.type === 'Polygon' && ['palace', 'park', 'building', 'works'].includes(x.kind));
	const area = pathData(areas.flatMap((x) => projectParts(x.geometry, px)), 0.3);
	if (area) out += `<path data-part="city-area" fill="${CITY.palace}" stroke="${CITY.palaceEdge}" stroke-width="1" d="${area}"/>`;
	for (const [kind, [colour, width, extra]] of Object.entries(CITY_STROKE)) {
		const d = pathData(of((x) => x.kind === kind).flatMap((x) => projectParts(x.geometry, px)).map((part) => ({ ...part, closed: part.closed && kind === 'wall' })), 0.3);
		if (d) out += `<path data-part="city-${kind}" fill="none" stroke="${colour}" stroke-width="${width}" stroke-linejoin="round" stroke-linecap="round"${extra ?? ''} d="${d}"/>`;
	}
	if (!named) return { shapes: `<g data-city="${esc(city.id)}">${out}</g>`, labels: '' };
	const points = of((x, g) => g.type === 'Point' && x.kind !== 'square');
	const requests: LabelRequest[] = [];
	for (const x of points) {
		const at = px(x.geometry.type === 'Point' ? (x.geometry.coordinates as [number, number]) : [0, 0]);
		if (!at || !inFrame(at as [number, number], 4)) continue;
		const station = x.properties.kind === 'station';
		out += `<circle data-part="city-${x.properties.kind}" cx="${num(at[0])}" cy="${num(at[1])}" r="${station ? 3.6 : 2.8}" fill="${station ? PALETTE.ink : '#fffaf0'}" stroke="${station ? '#fffaf0' : CITY.wall}" stroke-width="1.2"/>`;
		taken.push([at[0] - 4, at[1] - 4, at[0] + 4, at[1] + 4]);
		const label = labelIn(x.properties, lang) ?? '';
		requests.push({ x: at[0], y: at[1], text: firstLine(label), sub: secondLine(label), gap: 5 });
	}
	for (const x of of((k, g) => g.type !== 'Point' && ['palace', 'ring', 'river'].includes(k.kind))) {
		const at = anchorOf(f, p, x.geometry.type === 'Polygon' ? { type: 'LineString', coordinates: x.geometry.coordinates[0]! } : x.geometry);
		const label = labelIn(x.properties, lang) ?? '';
		if (at) requests.push({ x: at[0], y: at[1], text: firstLine(label), sub: secondLine(label), gap: 0, centred: { tracking: 0.3 } });
	}
	const texts = placeLabels(requests, taken, WIDTH, HEIGHT, avoid).filter(Boolean);
	return {
		shapes: `<g data-city="${esc(city.id)}">${out}</g>`,
		labels: texts.length ? `<g font-size="11" fill="#4a3b2c" stroke="${PALETTE.halo}">${texts.join('')}</g>` : ''
	};
}
