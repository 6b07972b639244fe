// Builds the 1949 political basemap of the story's region (units, borders, coasts, lakes, unit labels) from Natural Earth.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { geoArea, geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, LineString, Point, Position } from 'geojson';

/** The story's region: Leningrad to Khabarovsk, the Black Sea to Korea. [west, south, east, north] in degrees. */
export const CLIP_BOX = [15, 10, 160, 75] as const;
/**
 * Beyond the story's region only plain land and its coast are drawn, coarsely (Natural Earth 1:110m),
 * so a wide view shows no cut edge. No borders there: Europe's 1949 borders, Germany's above all,
 * are not redrawn, and drawing today's would be wrong.
 */
const OUTER_STRIPS: readonly (readonly [number, number, number, number])[] = [
	[-30, -15, 15, 82],
	[15, -15, 180, 10],
	[15, 75, 180, 82],
	[160, 10, 180, 75]
];
/** Coordinates are rounded to this many decimals (about 100 m), which keeps the file small; the tiers pass their own. */
const DECIMALS = 3;
/** Longer straight edges (mostly the clip box) are split, so spherical tools (d3) read them as the planar lines they are. */
const MAX_SEGMENT_DEG = 1;
/** Douglas-Peucker tolerance in degrees (about 2 km, a pixel at zoom 6), applied to shared arcs so neighbours stay seamless. */
const SIMPLIFY_DEG = 0.02;
/** The 1949 demarcation line between the two Korean states. */
const KOREA_LINE_LAT = 38;

export type BasemapKind = 'land' | 'unit' | 'lake' | 'border' | 'coast' | 'unit-label' | 'mask' | 'river' | 'context';
export type BasemapProperties = { kind: BasemapKind; name?: string; label?: string; label_zh?: string; label_ru?: string; source?: string; note?: string; rank?: number; class?: number; type?: string };
export type BasemapFeature = Feature<Geometry, BasemapProperties>;

const SOVIET_REPUBLICS = new Set(['643', '804', '112', '233', '428', '440', '498', '268', '051', '031', '398', '860', '795', '417', '762']);

/**
 * The unit a Natural Earth country belonged to in 1949. The units the story crosses are redrawn, and
 * Yugoslavia, Czechoslovakia and Sudan are rejoined so no later border shows inside them; everything
 * else keeps its modern outline (India, Japan, Iran, Israel, Indochina, ...): this is a regional
 * basemap. Known simplifications: Tibet and Hainan stay inside China (PRC control came in 1950-51);
 * Hong Kong and Macao stay separate as in Natural Earth; the Aral Sea (full in 1949) is not drawn.
 */
function unitOf(id: string | undefined, name: string): string {
	if (id !== undefined && SOVIET_REPUBLICS.has(id)) return 'USSR';
	switch (id) {
		case '191': // Croatia
		case '688': // Serbia
		case '070': // Bosnia and Herzegovina
		case '705': // Slovenia
		case '499': // Montenegro
		case '807': // North Macedonia
			return 'Yugoslavia';
		case '203':
		case '703':
			return 'Czechoslovakia';
		case '728': // South Sudan
			return 'Sudan';
		case '248': // Åland
			return 'Finland';
		case '156':
			return 'China';
		case '158':
			return 'Republic of China (Taiwan)';
		case '496':
			return 'Mongolia';
		case '408':
		case '410':
			return 'Korea'; // split again at 38°N below
		case '586':
		case '050':
			return 'Pakistan'; // West and East Pakistan, 1947-71
		default:
			// The units Natural Earth leaves without an id: Kosovo, Northern Cyprus, Siachen.
			return { Kosovo: 'Yugoslavia', 'N. Cyprus': 'Cyprus', 'Siachen Glacier': 'India' }[name] ?? name;
	}
}

/** Hand-placed so the names sit in open country rather than at awkward centroids of clipped shapes. */
const UNIT_LABELS: Array<{ name: string; label: string; label_zh: string; label_ru: string; at: Position }> = [
	{ name: 'USSR', label: 'USSR', label_zh: '苏联', label_ru: 'СССР', at: [92, 61] },
	{ name: 'China', label: 'CHINA', label_zh: '中国', label_ru: 'КИТАЙ', at: [104, 33] },
	{ name: 'Mongolia', label: 'MONGOLIA', label_zh: '蒙古', label_ru: 'МОНГОЛИЯ', at: [103, 46.6] }
];

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const LAKE_FILES = ['geodata/basemap/baikal.geojson', 'geodata/basemap/lakes-natural-earth.geojson'];

type Countries = GeometryCollection<{ name: string }>;

function loadLand110(): { land: Geometry; coast: Geometry } {
	const require = createRequire(import.meta.url);
	const topo = JSON.parse(readFileSync(require.resolve('world-atlas/land-110m.json'), 'utf8')) as Topology<{ land: GeometryCollection }>;
	return { land: merge(topo, topo.objects.land.geometries as Parameters<typeof merge>[1]), coast: mesh(topo, topo.objects.land) };
}

/** A tolerance in degrees, or one that depends on where an arc lies (its bounding box centre). */
export type Tolerance = number | ((lon: number, lat: number) => number);

function loadTopology(simplifyDeg: Tolerance): Topology<{ countries: Countries }> {
	const require = createRequire(import.meta.url);
	return simplifyArcs(JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')), simplifyDeg);
}

/**
 * Douglas-Peucker on the topology's shared arcs rather than on each country's rings, so the two
 * countries on either side of a border keep exactly the same points (no slivers). Endpoints stay.
 */
function simplifyArcs<T extends Topology>(topo: T, tolerance: Tolerance): T {
	const [sx, sy] = topo.transform?.scale ?? [1, 1];
	const [tx, ty] = topo.transform?.translate ?? [0, 0];
	const arcs = topo.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		const abs = arc.map(([dx, dy]) => [(x += dx ?? 0), (y += dy ?? 0)] as [number, number]);
		const mid = abs[Math.floor(abs.length / 2)] ?? [0, 0];
		const toleranceDeg = typeof tolerance === 'number' ? tolerance : tolerance(mid[0] * sx + tx, mid[1] * sy + ty);
		const keep = new Uint8Array(abs.length);
		keep[0] = keep[abs.length - 1] = 1;
		const stack: Array<[number, number]> = [[0, abs.length - 1]];
		while (stack.length) {
			const [i, j] = stack.pop() as [number, number];
			let worst = -1;
			let at = -1;
			for (let k = i + 1; k < j; k++) {
				const d = distanceToSegment(abs[k] as [number, number], abs[i] as [number, number], abs[j] as [number, number], sx, sy);
				if (d > worst) [worst, at] = [d, k];
			}
			if (worst > toleranceDeg) {
				keep[at] = 1;
				stack.push([i, at], [at, j]);
			}
		}
		const kept = abs.filter((_, k) => keep[k]);
		return kept.map(([px, py], k) => (k === 0 ? [px, py] : [px - (kept[k - 1]?.[0] ?? 0), py - (kept[k - 1]?.[1] ?? 0)]));
	});
	return { ...topo, arcs };
}

/** Distance in degrees from p to segment ab, with quantized inputs scaled by (sx, sy). */
function distanceToSegment(p: [number, number], a: [number, number], b: [number, number], sx: number, sy: number): number {
	const [px, py, ax, ay, bx, by] = [p[0] * sx, p[1] * sy, a[0] * sx, a[1] * sy, b[0] * sx, b[1] * sy];
	const [dx, dy] = [bx - ax, by - ay];
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
	return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * Projects through a plate carrée whose units are degrees, so the output is lon/lat again, but cut at
 * the antimeridian and clipped to a box. y comes out as -latitude (screen convention): reflectY would
 * flip ring orientation and make geoProject take every outer ring for a hole, so we flip afterwards.
 */
export function clipToBox(geometry: Geometry, [w, s, e, n]: readonly [number, number, number, number]): Geometry | null {
	const projection = geoEquirectangular()
		.scale(180 / Math.PI)
		.translate([0, 0])
		.precision(0)
		.clipExtent([
			[w, -n],
			[e, -s]
		]);
	const projected = geoProject(geometry, projection);
	return projected && mapPositions(projected, ([x, y]) => [x ?? 0, -(y ?? 0)]);
}

function mapPositions(g: Geometry, f: (p: Position) => Position): Geometry {
	switch (g.type) {
		case 'Point':
			return { type: 'Point', coordinates: f(g.coordinates) };
		case 'MultiPoint':
		case 'LineString':
			return { ...g, coordinates: g.coordinates.map(f) } as Geometry;
		case 'MultiLineString':
		case 'Polygon':
			return { ...g, coordinates: g.coordinates.map((r) => r.map(f)) } as Geometry;
		case 'MultiPolygon':
			return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
		case 'GeometryCollection':
			return { type: 'GeometryCollection', geometries: g.geometries.map((x) => mapPositions(x, f)) };
	}
}

/** The rounding of the build in progress: buildBasemap sets it for its run (the helpers below are many and small, so it is not threaded through each). */
let decimals = DECIMALS;
const round = (v: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;

/** Splits long edges, rounds, and drops the repeated points rounding creates. */
function tidyLine(line: Position[]): Position[] {
	const out: Position[] = [];
	for (let i = 0; i < line.length; i++) {
		const [x, y] = line[i] as [number, number];
		const prev = line[i - 1] as [number, number] | undefined;
		if (prev) {
			const steps = Math.ceil(Math.max(Math.abs(x - prev[0]), Math.abs(y - prev[1])) / MAX_SEGMENT_DEG);
			for (let k = 1; k < steps; k++) push(out, [prev[0] + ((x - prev[0]) * k) / steps, prev[1] + ((y - prev[1]) * k) / steps]);
		}
		push(out, [x, y]);
	}
	return out;
}

function push(out: Position[], [x, y]: Position): void {
	const p: Position = [round(x ?? 0), round(y ?? 0)];
	const last = out[out.length - 1];
	if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
}

/** Twice the planar signed area; positive for counter-clockwise rings in lon/lat. */
function signedArea(ring: Position[]): number {
	let a = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const p = ring[i] as [number, number];
		const q = ring[j] as [number, number];
		a += (q[0] - p[0]) * (q[1] + p[1]);
	}
	return a;
}

/**
 * d3 winding: outer rings clockwise, holes counter-clockwise. RFC 7946 recommends the opposite, but
 * MapLibre ignores winding while d3 (geoContains, geoArea, geoPath) reads a counter-clockwise ring as
 * the whole globe minus the shape, and the build step locates places with d3. Drops collapsed rings.
 */
/** Islands and lakes whose outline spans less than this (degrees, both ways) are dropped; 0 keeps all. Set per build like `decimals`. */
let minExtentDeg = 0;
const extent = (ring: Position[]) => {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x = 0, y = 0] of ring) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
	return Math.max(x1 - x0, y1 - y0);
};

function tidyPolygon(rings: Position[][]): Position[][] | null {
	if (minExtentDeg > 0 && rings[0] && extent(rings[0]) < minExtentDeg) return null;
	const out: Position[][] = [];
	for (const [i, ring] of rings.entries()) {
		const r = tidyLine(ring);
		if (r.length < 4 || signedArea(r) === 0) {
			if (i === 0) return null;
			continue;
		}
		out.push((signedArea(r) < 0) === (i === 0) ? r : r.reverse());
	}
	return out.length ? out : null;
}

export function tidy(g: Geometry | null, places = decimals): Geometry | null {
	const before = decimals;
	decimals = places;
	try {
		return tidyAny(g);
	} finally {
		decimals = before;
	}
}

function tidyAny(g: Geometry | null): Geometry | null {
	if (!g) return null;
	switch (g.type) {
		case 'Polygon':
		case 'MultiPolygon': {
			const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map(tidyPolygon).filter((p) => p !== null);
			if (!polys.length) return null;
			return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] as Position[][] } : { type: 'MultiPolygon', coordinates: polys };
		}
		case 'LineString':
		case 'MultiLineString': {
			const closedSpeck = (l: Position[]) => minExtentDeg > 0 && l.length > 2 && l[0]?.[0] === l[l.length - 1]?.[0] && l[0]?.[1] === l[l.length - 1]?.[1] && extent(l) < minExtentDeg;
			const lines = (g.type === 'LineString' ? [g.coordinates] : g.coordinates).filter((l) => !closedSpeck(l)).map(tidyLine).filter((l) => l.length >= 2);
			if (!lines.length) return null;
			return lines.length === 1 ? { type: 'LineString', coordinates: lines[0] as Position[] } : { type: 'MultiLineString', coordinates: lines };
		}
		default:
			return g;
	}
}

/**
 * Hard simplification can turn a small ring inside out; d3 then reads it as the globe minus the shape
 * and clips it to the whole window (Saudi Arabia and Norway did, at 0.2°). No unit is larger than a
 * hemisphere, so a polygon that is gets its rings reversed.
 */
function rewind(g: Geometry): void {
	const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
	for (const p of polys) if (geoArea({ type: 'Polygon', coordinates: p }) > 2 * Math.PI) for (const r of p) r.reverse();
}

function overlapsBox(g: Geometry, [w, s, e, n]: readonly [number, number, number, number]): boolean {
	const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
	return rings.some((r) => r.some(([x = 0, y = 0]) => x >= w && x <= e && y >= s && y <= n));
}

/** The runs of a polygon's outline that lie on a given parallel: where clipping cut it. */
function edgesAlongParallel(g: Geometry, lat: number): Position[][] {
	const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
	const runs: Position[][] = [];
	for (const ring of rings) {
		let run: Position[] = [];
		for (const p of ring) {
			if (Math.abs((p[1] ?? 0) - lat) < 1e-9) run.push(p);
			else {
				if (run.length >= 2) runs.push(run);
				run = [];
			}
		}
		if (run.length >= 2) runs.push(run);
	}
	return runs;
}

/** The lake files follow RFC 7946; d3 would read their counter-clockwise rings as the globe minus the lake. */
export function toD3Winding(g: Geometry): Geometry {
	const fix = (rings: Position[][]) => rings.map((r, i) => ((signedArea(r) < 0) === (i === 0) ? r : [...r].reverse()));
	if (g.type === 'Polygon') return { type: 'Polygon', coordinates: fix(g.coordinates) };
	if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) };
	return g;
}

function readLakes(): BasemapFeature[] {
	return LAKE_FILES.flatMap((file) => {
		const fc = JSON.parse(readFileSync(`${repoRoot}${file}`, 'utf8')) as FeatureCollection<Geometry, BasemapProperties>;
		return fc.features.map((f) => ({ type: 'Feature' as const, properties: { ...f.properties, kind: 'lake' as const }, geometry: toD3Winding(f.geometry) }));
	});
}

export interface BasemapOptions {
	/** Douglas-Peucker tolerance on the shared arcs, degrees (or a function of where the arc lies). */
	simplifyDeg?: Tolerance;
	/** Drop islands and lakes smaller than this many degrees across (an overview has no use for specks). */
	minExtentDeg?: number;
	/** Decimals kept in coordinates: 2 is about 1 km, 3 about 100 m. */
	decimals?: number;
}

export function buildBasemap(opts: BasemapOptions = {}): FeatureCollection<Geometry, BasemapProperties> {
	const before = [decimals, minExtentDeg] as const;
	decimals = opts.decimals ?? DECIMALS;
	minExtentDeg = opts.minExtentDeg ?? 0;
	try {
		return build(opts.simplifyDeg ?? SIMPLIFY_DEG);
	} finally {
		[decimals, minExtentDeg] = before;
	}
}

function build(simplifyDeg: Tolerance): FeatureCollection<Geometry, BasemapProperties> {
	const topo = loadTopology(simplifyDeg);
	const countries = topo.objects.countries;
	const unitByGeometry = new Map<GeometryObject, string>();
	const members = new Map<string, GeometryObject[]>();
	for (const g of countries.geometries) {
		const name = g.properties && 'name' in g.properties ? g.properties.name : '';
		const unit = unitOf(g.id === undefined ? undefined : String(g.id), name);
		unitByGeometry.set(g, unit);
		members.set(unit, [...(members.get(unit) ?? []), g]);
	}

	const features: BasemapFeature[] = [];
	const emit = (kind: BasemapKind, geometry: Geometry | null, props: Partial<BasemapProperties> = {}) => {
		const g = tidy(geometry);
		if (g) features.push({ type: 'Feature', properties: { kind, ...props }, geometry: g });
	};

	const land110 = loadLand110();
	for (const strip of OUTER_STRIPS) {
		emit('land', clipToBox(land110.land, strip));
		emit('coast', clipToBox(land110.coast, strip));
	}

	const korea38: Position[][] = [];
	for (const [unit, geoms] of members) {
		const merged = merge(topo, geoms as Parameters<typeof merge>[1]);
		// A unit wholly outside the window is skipped: simplified hard, a small one far away (Honduras) can
		// come out of d3's clipping wound the wrong way, as the whole window with a hole.
		if (!overlapsBox(merged, CLIP_BOX)) continue;
		rewind(merged);
		if (unit !== 'Korea') {
			emit('unit', clipToBox(merged, CLIP_BOX), { name: unit });
			continue;
		}
		const [w, s, e, n] = CLIP_BOX;
		const north = clipToBox(merged, [w, Math.max(s, KOREA_LINE_LAT), e, n]);
		emit('unit', north, { name: 'North Korea' });
		emit('unit', clipToBox(merged, [w, s, e, Math.min(n, KOREA_LINE_LAT)]), { name: 'South Korea' });
		if (north) korea38.push(...edgesAlongParallel(north, KOREA_LINE_LAT));
	}

	for (const lake of readLakes()) emit('lake', clipToBox(lake.geometry, CLIP_BOX), lake.properties);

	// Borders between 1949 units only: arcs inside the USSR, or the modern Korean DMZ, are dropped.
	const unit = (g: GeometryObject) => unitByGeometry.get(g);
	emit('border', clipToBox(mesh(topo, countries, (a, b) => a !== b && unit(a) !== unit(b)), CLIP_BOX));
	if (korea38.length) emit('border', { type: 'MultiLineString', coordinates: korea38 }, { name: 'Korea 38th parallel (1945-50)' });
	emit('coast', clipToBox(mesh(topo, countries, (a, b) => a === b), CLIP_BOX));

	for (const l of UNIT_LABELS) {
		const point: Point = { type: 'Point', coordinates: l.at };
		features.push({ type: 'Feature', properties: { kind: 'unit-label', name: l.name, label: l.label, label_zh: l.label_zh, label_ru: l.label_ru }, geometry: point });
	}
	return { type: 'FeatureCollection', features };
}

/** The 38th-parallel line, exported for tests and for anyone who wants to draw it differently. */
export function koreaDemarcation(fc: FeatureCollection<Geometry, BasemapProperties>): LineString[] {
	return fc.features
		.filter((f) => f.properties.kind === 'border' && f.properties.name?.startsWith('Korea'))
		.flatMap((f) => {
			const g = f.geometry;
			const lines = g.type === 'MultiLineString' ? g.coordinates : g.type === 'LineString' ? [g.coordinates] : [];
			return lines.map((coordinates) => ({ type: 'LineString' as const, coordinates }));
		});
}

// Run alone, writes the untiered basemap (Natural Earth at 0.02°) for a look in a GIS; the build writes the tiers (prepare.ts, basemap-tiers.ts).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const started = performance.now();
	const fc = buildBasemap();
	const out = `${repoRoot}static/generated/basemap-untiered.json`;
	mkdirSync(`${repoRoot}static/generated`, { recursive: true });
	const json = JSON.stringify(fc);
	writeFileSync(out, json);
	const counts = fc.features.reduce<Record<string, number>>((c, f) => ({ ...c, [f.properties.kind]: (c[f.properties.kind] ?? 0) + 1 }), {});
	console.log(`basemap: ${out} ${(json.length / 1024).toFixed(0)} KB, ${JSON.stringify(counts)}, ${(performance.now() - started).toFixed(0)} ms`);
}
