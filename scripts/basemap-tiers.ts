// The basemap in tiers, so the first view stays light: an overview for zooms below 5, a detail tier (finer coasts, all rivers, context labels) and the three city plans, which the app loads once the camera reaches their zoom.
//
// The detail tier is a complete, opaque cover of the window (a sea-coloured mask, then the units,
// lakes, coasts and borders at finer resolution): the style draws it above the overview, so the
// coarse coast never shows through the fine one, and before it has loaded the overview is still there.
// Inside the GSHHG boxes the units are cut to the GSHHG shoreline (polygon-clipping): land the finer
// shore adds to a unit goes to the unit it touches; water it adds is cut out.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoContains } from 'd3-geo';
import polygonClipping, { type MultiPolygon as PcMultiPolygon, type Polygon as PcPolygon } from 'polygon-clipping';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { buildBasemap, CLIP_BOX, tidy, toD3Winding, type BasemapFeature, type BasemapProperties } from './basemap';
import { CITY_PLANS } from '../src/lib/data/basemap-files';
import { COAST_BOXES, simplifyLine } from './geodata/gshhg';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const read = <T>(file: string): T => JSON.parse(readFileSync(`${repoRoot}${file}`, 'utf8')) as T;

/** Zoom at which the detail tier takes over, and the city plans appear (src/lib/map/style.ts LAZY_SOURCES). */
export const DETAIL_MINZOOM = 5;
export const CITY_MINZOOM = 9;

/**
 * Overview: a pixel at zoom 4.5 is about 0.03° of longitude, so 0.05° keeps the coasts the story passes
 * within two pixels there; far from every journey (south of 28°N, west of 26°E, beyond 145°E or north of
 * 70°N) 0.2°, and islands under a quarter of a degree across are left to the detail tier.
 */
const STORY_CORE: Box = [26, 28, 145, 70];
const OVERVIEW = {
	simplifyDeg: (lon: number, lat: number) => (lon > STORY_CORE[0] && lon < STORY_CORE[2] && lat > STORY_CORE[1] && lat < STORY_CORE[3] ? 0.05 : 0.2),
	minExtentDeg: 0.25,
	decimals: 2,
	riverToleranceDeg: 0.06,
	riverRanks: 2
};
/** Detail: good to about zoom 7 (the closest regional chapters), finer inside the GSHHG boxes. */
const DETAIL = {
	simplifyDeg: (lon: number, lat: number) => (lon > STORY_CORE[0] && lon < STORY_CORE[2] && lat > STORY_CORE[1] && lat < STORY_CORE[3] ? 0.015 : 0.06),
	minExtentDeg: 0.03,
	decimals: 3,
	riverToleranceDeg: { named: 0.006, unnamed: 0.012 }
};
/** Coast boxes applied in this order (the Neva box lies inside the Finland one); `decimals` as fine as the zooms that look at them. */
const BOXES: { id: string; decimals: number; toleranceDeg: number }[] = [
	{ id: 'bohai', decimals: 3, toleranceDeg: 0.004 },
	{ id: 'finland', decimals: 3, toleranceDeg: 0.004 },
	{ id: 'neva', decimals: 4, toleranceDeg: 0.0004 },
	{ id: 'baikal', decimals: 3, toleranceDeg: 0.004 }
];
/** The GSHHG lakes replace these hand-drawn or coarser ones in the detail tier. */
const REPLACED_LAKES = new Set(['Lake Baikal', 'Lake Ladoga']);

type Props = Record<string, unknown> & { kind: string };
/** Tolerance of the lines river names run along (degrees; twice this in the overview and for the winding smaller rivers, such as the Yalu), before their corners are rounded. */
const LABEL_LINE_TOLERANCE = 0.045;

/** Chaikin's corner cutting: each pass replaces a corner by two points a quarter along its edges, so text can bend round it. Ends stay. */
export function chaikin(line: Position[], passes: number): Position[] {
	let pts = line;
	for (let k = 0; k < passes && pts.length > 2; k++) {
		const next: Position[] = [pts[0]!];
		for (let i = 0; i < pts.length - 1; i++) {
			const [ax = 0, ay = 0] = pts[i]!;
			const [bx = 0, by = 0] = pts[i + 1]!;
			if (i > 0) next.push([0.75 * ax + 0.25 * bx, 0.75 * ay + 0.25 * by]);
			if (i < pts.length - 2) next.push([0.25 * ax + 0.75 * bx, 0.25 * ay + 0.75 * by]);
		}
		next.push(pts[pts.length - 1]!);
		pts = next;
	}
	return pts;
}
type GFeature = Feature<Geometry, Props>;
type Box = [number, number, number, number];
type Names = { en: string; zh: string; ru: string };

/** Which language a feature's second label line is in: the 1949 unit its anchor lies in, as for the place labels. */
const LOCAL: Record<string, 'zh' | 'ru'> = { China: 'zh', USSR: 'ru' };

/** A label leading with `lang`, with the local name as a second line when it differs. */
export function labelOf(names: Names, local: 'zh' | 'ru' | undefined, lang: 'en' | 'zh' | 'ru' = 'en'): string {
	const second = local ? names[local] : '';
	return second && second !== names[lang] ? `${names[lang]}\n${second}` : names[lang];
}

/** The label of every edition: `label` leads with English (the first edition), `label_zh` and `label_ru` with theirs. */
export const labelsOf = (names: Names, local: 'zh' | 'ru' | undefined) => ({
	label: labelOf(names, local, 'en'),
	label_zh: labelOf(names, local, 'zh'),
	label_ru: labelOf(names, local, 'ru')
});

function localAt(units: BasemapFeature[], at: [number, number]): 'zh' | 'ru' | undefined {
	const u = units.find((f) => geoContains(f.geometry, at));
	return u?.properties.name ? LOCAL[u.properties.name] : undefined;
}

/** Where a line's label language is decided: the unit that holds most of a sample of its vertices. */
function localOfLine(units: BasemapFeature[], coords: Position[]): 'zh' | 'ru' | undefined {
	const votes = new Map<string, number>();
	const step = Math.max(1, Math.floor(coords.length / 25));
	for (let i = 0; i < coords.length; i += step) {
		const l = localAt(units, coords[i] as [number, number]);
		if (l) votes.set(l, (votes.get(l) ?? 0) + 1);
	}
	return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] as 'zh' | 'ru' | undefined;
}

/** Douglas-Peucker in degrees, as the GSHHG extraction simplifies (one implementation). */
const simplify = (points: Position[], tolerance: number): Position[] => simplifyLine(points as [number, number][], tolerance);

const lines = (g: Geometry): Position[][] => (g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : []);
const polys = (g: Geometry): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []);

/** The rivers for a tier: named ones of at most `maxRank` (all when undefined), the unnamed network too when `unnamed`. */
function riverFeatures(
	units: BasemapFeature[],
	tol: number | { named: number; unnamed: number },
	decimals: number,
	opts: { maxRank?: number; unnamed: boolean; within?: Box; cityBoxes?: { id: string; box: Box }[] }
): GFeature[] {
	const fc = read<FeatureCollection<Geometry, { class: number; rank?: number; names?: Names }>>('geodata/basemap/rivers.geojson');
	const out: GFeature[] = [];
	for (const f of fc.features) {
		const p = f.properties;
		if (p.names ? opts.maxRank !== undefined && (p.rank ?? 9) > opts.maxRank : !opts.unnamed) continue;
		const tolerance = typeof tol === 'number' ? tol : p.names ? tol.named : tol.unnamed;
		// Unnamed rivers far from every journey are left out: nobody looks there closely.
		const keep = (l: Position[]) => p.names || !opts.within || l.some(([x = 0, y = 0]) => x > opts.within![0] && x < opts.within![2] && y > opts.within![1] && y < opts.within![3]);
		const g = tidy({ type: 'MultiLineString', coordinates: lines(f.geometry).filter(keep).map((l) => simplify(l, tolerance)) }, decimals);
		if (!g) continue;
		const props: Props = { kind: 'river', class: p.class, rank: p.rank ?? 4 };
		if (p.names) {
			// The name runs along a smoothed copy of the line: MapLibre will not set text along WDBII's wiggles (text-max-angle).
			const labels = labelsOf(p.names, localOfLine(units, lines(f.geometry).flat()));
			const smooth = tidy({ type: 'MultiLineString', coordinates: lines(f.geometry).map((l) => (opts.maxRank ? simplify(l, 2 * LABEL_LINE_TOLERANCE) : (p.rank ?? 1) > 1 ? chaikin(simplify(l, 2 * LABEL_LINE_TOLERANCE), 3) : chaikin(simplify(l, LABEL_LINE_TOLERANCE), 2))) }, decimals);
			if (smooth) out.push({ type: 'Feature', properties: { kind: 'river-label', rank: props.rank, ...labels, ...(p.names.en === 'Neva' ? { city: 'leningrad' } : {}) }, geometry: smooth });
		}
		if (!opts.cityBoxes?.length) {
			out.push({ type: 'Feature', properties: props, geometry: g });
			continue;
		}
		// Inside a city plan's box the plan draws the river itself from zoom 9: those pieces are marked, for the style to drop.
		let rest = lines(g);
		for (const c of opts.cityBoxes) {
			const parts = rest.map((l) => splitByBox(l, c.box));
			const inside = parts.flatMap((x) => x.inside);
			if (inside.length) out.push({ type: 'Feature', properties: { ...props, city: c.id }, geometry: { type: 'MultiLineString', coordinates: inside } });
			rest = parts.flatMap((x) => x.outside);
		}
		if (rest.length) out.push({ type: 'Feature', properties: props, geometry: { type: 'MultiLineString', coordinates: rest } });
	}
	return out;
}

export function buildOverview(): FeatureCollection<Geometry, BasemapProperties> {
	const base = buildBasemap({ simplifyDeg: OVERVIEW.simplifyDeg, decimals: OVERVIEW.decimals, minExtentDeg: OVERVIEW.minExtentDeg });
	const units = base.features.filter((f) => f.properties.kind === 'unit');
	const rivers = riverFeatures(units, OVERVIEW.riverToleranceDeg, OVERVIEW.decimals, { maxRank: OVERVIEW.riverRanks, unnamed: false });
	// Rivers go before the labels, so the label layer's order in the file stays as the style expects.
	return { type: 'FeatureCollection', features: [...base.features, ...(rivers as BasemapFeature[])] };
}

// ---------------------------------------------------------------- detail

const toPc = (g: Geometry): PcMultiPolygon => polys(g) as PcMultiPolygon;
const boxPolygon = ([w, s, e, n]: Box): PcPolygon => [[[w, s], [e, s], [e, n], [w, n], [w, s]]];
const fromPc = (mp: PcMultiPolygon): MultiPolygon => ({ type: 'MultiPolygon', coordinates: mp as Position[][][] });

/** Planar distance, in degrees, from a point to the nearest vertex of a multipolygon: enough to give a sliver of new land to its neighbour. */
function nearness(p: Position, mp: PcMultiPolygon): number {
	let best = Infinity;
	for (const poly of mp) for (const ring of poly) for (const q of ring) best = Math.min(best, Math.hypot(q[0]! - p[0]!, q[1]! - p[1]!));
	return best;
}

/** A line cut where it crosses a box edge (Liang–Barsky on each segment): the runs inside and outside it. */
export function splitByBox(line: Position[], [w, s, e, n]: Box): { inside: Position[][]; outside: Position[][] } {
	const inside: Position[][] = [];
	const outside: Position[][] = [];
	const isIn = ([x = 0, y = 0]: Position) => x > w && x < e && y > s && y < n;
	let cur: Position[] = line.length ? [line[0]!] : [];
	let curIn = line.length ? isIn(line[0]!) : false;
	const flush = (next: Position[], nextIn: boolean) => {
		if (cur.length >= 2) (curIn ? inside : outside).push(cur);
		cur = next;
		curIn = nextIn;
	};
	for (let i = 1; i < line.length; i++) {
		const a = line[i - 1]!;
		const p = line[i]!;
		const [dx, dy] = [p[0]! - a[0]!, p[1]! - a[1]!];
		let t0 = 0;
		let t1 = 1;
		let crosses = true;
		for (const [pp, q] of [[-dx, a[0]! - w], [dx, e - a[0]!], [-dy, a[1]! - s], [dy, n - a[1]!]] as [number, number][]) {
			if (pp === 0) {
				if (q < 0) crosses = false;
			} else if (pp < 0) t0 = Math.max(t0, q / pp);
			else t1 = Math.min(t1, q / pp);
		}
		const at = (t: number): Position => [a[0]! + t * dx, a[1]! + t * dy];
		if (!crosses || t0 >= t1) {
			// Wholly outside the box.
			if (curIn) flush([a], false);
			cur.push(p);
			continue;
		}
		if (t0 > 0) {
			cur.push(at(t0));
			flush([at(t0)], true);
		} else if (!curIn) flush([a], true);
		if (t1 < 1) {
			cur.push(at(t1));
			flush([at(t1)], false);
		}
		cur.push(p);
	}
	flush([], false);
	return { inside, outside };
}

/** Lines outside a box: each segment cut where it crosses the box edge, the inside parts dropped. */
export const clipOutside = (line: Position[], box: Box): Position[][] => splitByBox(line, box).outside;

/** Islets under this span (about 1.5 km) are left out of the regional boxes; the Neva box keeps everything. */
const SPECK_DEG = 0.015;
const spanOf = (ps: Position[]) => {
	const xs = ps.map((p) => p[0]!);
	const ys = ps.map((p) => p[1]!);
	return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
};

interface CoastBox {
	id: string;
	box: Box;
	land: PcMultiPolygon;
	coast: Position[][];
	lakes: { name?: string; ring: Position[] }[];
}

function readBox(spec: (typeof BOXES)[number]): CoastBox {
	const fc = read<FeatureCollection<Geometry, { kind: string; name?: string; box?: Box }>>(`geodata/basemap/coast-${spec.id}.geojson`);
	const land = fc.features.find((f) => f.properties.kind === 'land');
	const coast = fc.features.find((f) => f.properties.kind === 'coast');
	const box = COAST_BOXES.find((b) => b.id === spec.id)?.box as Box | undefined;
	if (!box) throw new Error(`no coast box "${spec.id}" in scripts/geodata/gshhg.ts`);
	const simplifyRing = (r: Position[]) => {
		const s = simplify(r, spec.toleranceDeg);
		return s.length >= 4 ? s : r;
	};
	return {
		id: spec.id,
		box,
		land: land ? (polys(land.geometry).filter((p) => spec.decimals > 3 || spanOf(p[0]!) > SPECK_DEG).map((p) => p.map(simplifyRing)) as PcMultiPolygon) : [],
		coast: coast ? lines(coast.geometry).filter((l) => spec.decimals > 3 || spanOf(l) > SPECK_DEG).map((l) => simplify(l, spec.toleranceDeg)) : [],
		lakes: fc.features.filter((f) => f.properties.kind === 'lake').map((f) => ({ name: f.properties.name, ring: simplifyRing(polys(f.geometry)[0]![0]!) }))
	};
}

export function buildDetail(): FeatureCollection<Geometry, Props> {
	const base = buildBasemap({ simplifyDeg: DETAIL.simplifyDeg, decimals: DETAIL.decimals, minExtentDeg: DETAIL.minExtentDeg });
	const of = (k: string) => base.features.filter((f) => f.properties.kind === k);
	const unitGeoms = new Map<string, PcMultiPolygon>(of('unit').map((f) => [f.properties.name ?? '', toPc(f.geometry)]));
	let coastLines = of('coast').flatMap((f) => lines(f.geometry));
	const lakes: { name?: string; ring: Position[]; decimals: number }[] = [];
	for (const spec of BOXES) {
		const b = readBox(spec);
		const bp = boxPolygon(b.box);
		if (b.land.length) {
			const inBox = new Map<string, PcMultiPolygon>();
			for (const [name, g] of unitGeoms) {
				const part = polygonClipping.intersection(g, bp);
				if (part.length) inBox.set(name, part);
			}
			const claimed = polygonClipping.union([], ...[...inBox.values()]);
			// New land (the finer shore reaches past the coarse one) goes to the nearest unit, piece by piece.
			const slivers = polygonClipping.difference(b.land, claimed);
			for (const [name, part] of inBox) {
				const mine = slivers.filter((s) => {
					const p = s[0]![0]!;
					const nearest = [...inBox].sort((x, y) => nearness(p, x[1]) - nearness(p, y[1]))[0]![0];
					return nearest === name;
				});
				const fine = polygonClipping.union(polygonClipping.intersection(part, b.land), ...mine.map((m) => [m] as PcMultiPolygon));
				unitGeoms.set(name, polygonClipping.union(polygonClipping.difference(unitGeoms.get(name)!, bp), fine));
			}
			coastLines = coastLines.flatMap((l) => clipOutside(l, b.box)).concat(b.coast);
		}
		for (const l of b.lakes) {
			const lat = l.ring[0]![1]!;
			const km2 = Math.abs(polygonArea(l.ring)) * 111.2 ** 2 * Math.cos((lat * Math.PI) / 180);
			// Small lakes are a speck at zoom 7; the named ones always stay.
			if (l.name || km2 > 60) lakes.push({ ...l, decimals: spec.decimals });
		}
	}
	// Four decimals (10 m) only where the city zooms look at the shore (the Neva box), three elsewhere.
	const fineDecimals = DETAIL.decimals + 1;
	const fineBoxes = BOXES.filter((b) => b.decimals > DETAIL.decimals).map((b) => COAST_BOXES.find((c) => c.id === b.id)!.box);
	const coarsen = (g: Geometry | null): Geometry | null => (g ? roundOutside(g, fineBoxes, DETAIL.decimals) : null);
	const features: GFeature[] = [];
	const push = (f: GFeature | null) => f && features.push(f);
	const make = (kind: string, g: Geometry | null, props: Record<string, unknown> = {}, decimals = DETAIL.decimals): GFeature | null => {
		const t = g && tidy(g, decimals);
		return t ? { type: 'Feature', properties: { kind, ...props }, geometry: t } : null;
	};
	const [w, s, e, n] = CLIP_BOX;
	push(make('mask', { type: 'Polygon', coordinates: [[[w, s], [w, n], [e, n], [e, s], [w, s]]] }));
	for (const [name, g] of unitGeoms) push(make('unit', coarsen(tidy(toD3Winding(fromPc(g)), fineDecimals)), { name }, fineDecimals));
	for (const f of of('lake')) if (!REPLACED_LAKES.has(f.properties.name ?? '')) push(make('lake', f.geometry, { name: f.properties.name }));
	for (const l of lakes) push(make('lake', toD3Winding({ type: 'Polygon', coordinates: [l.ring] } as Polygon), l.name ? { name: l.name } : {}, l.decimals));
	push(make('coast', coarsen(tidy({ type: 'MultiLineString', coordinates: coastLines }, fineDecimals)), {}, fineDecimals));
	for (const f of of('border')) push(make('border', f.geometry, f.properties.name ? { name: f.properties.name } : {}));
	// The countries' names, as the overview has them: drawn from this tier once the overview stops at its zoom (src/lib/map/overview.ts).
	features.push(...of('unit-label'));
	const units = of('unit');
	const cityBoxes = CITY_PLANS.filter((c) => c.id !== 'peiping').map((c) => ({ id: c.id, box: [...c.bounds] as Box }));
	features.push(...riverFeatures(units, DETAIL.riverToleranceDeg, DETAIL.decimals, { unnamed: true, within: STORY_CORE, cityBoxes }));
	for (const f of read<FeatureCollection<Geometry, { kind: string; names: Names; rank?: number }>>('geodata/basemap/context.geojson').features) {
		const anchor = (f.geometry.type === 'Point' ? f.geometry.coordinates : lines(f.geometry)[0]![Math.floor(lines(f.geometry)[0]!.length / 2)]!) as [number, number];
		const local = f.properties.kind === 'country-label' || f.properties.kind === 'parallel' ? undefined : localAt(units, anchor);
		features.push({ type: 'Feature', properties: { kind: 'context', type: f.properties.kind, rank: f.properties.rank ?? 1, ...labelsOf(f.properties.names, local) }, geometry: f.geometry });
	}
	return { type: 'FeatureCollection', features };
}

/** Rounds every position outside the boxes to fewer decimals, dropping the repeats that makes (rings keep at least four positions). */
function roundOutside(g: Geometry, boxes: readonly (readonly [number, number, number, number])[], decimals: number): Geometry {
	const f = 10 ** decimals;
	const fix = (ps: Position[], ring: boolean): Position[] => {
		const out: Position[] = [];
		for (const p of ps) {
			const [x = 0, y = 0] = p;
			const inside = boxes.some(([w, s, e, n]) => x >= w && x <= e && y >= s && y <= n);
			const q = inside ? p : [Math.round(x * f) / f, Math.round(y * f) / f];
			const last = out[out.length - 1];
			if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
		}
		return ring && out.length < 4 ? ps : out;
	};
	if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => fix(r, true))) };
	if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map((r) => fix(r, true)) };
	if (g.type === 'MultiLineString') return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => fix(l, false)) };
	return g;
}

function polygonArea(ring: Position[]): number {
	let a = 0;
	for (let i = 0; i < ring.length - 1; i++) a += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
	return a / 2;
}

// ---------------------------------------------------------------- cities

/** The three plans in one collection, as the map's one city source holds them: each feature carries its plan's `city` id. */
export function buildCityPlans(): FeatureCollection<Geometry, Props & { city: string }> {
	return { type: 'FeatureCollection', features: CITY_PLANS.flatMap((c) => buildCity(c.id).features.map((f) => ({ ...f, properties: { ...f.properties, city: c.id } }))) };
}

/** A city plan as the style wants it: `kind` and a ready label (English, then the local name). */
export function buildCity(id: (typeof CITY_PLANS)[number]['id']): FeatureCollection<Geometry, Props> {
	const fc = read<FeatureCollection<Geometry, { kind: string; names: Names; certainty: string }>>(`geodata/cities/${id}.geojson`);
	const local = id === 'peiping' ? 'zh' : 'ru';
	return {
		type: 'FeatureCollection',
		features: fc.features.map((f) => ({
			type: 'Feature',
			properties: { kind: f.properties.kind, ...labelsOf(f.properties.names, local), certainty: f.properties.certainty },
			geometry: tidy(f.geometry, 5) ?? f.geometry
		}))
	};
}
