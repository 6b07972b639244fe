// Extracts the story's rivers and finer coasts from GSHHG/WDBII into geodata/basemap/ (run by hand; the normal build only reads the output).
//
// Needs Debian's GMT and the GSHHG data, which the build does not:
//   apt-get install -y gmt gmt-gshhg-high gmt-gshhg-full
//   npx tsx scripts/geodata/gshhg.ts
// It writes, and the repository commits:
//   geodata/basemap/rivers.geojson      WDBII rivers of the window (classes 1-2, and 3 near the cities), the story's rivers named
//   geodata/basemap/coast-<box>.geojson GSHHG shoreline for the boxes the chapters zoom into: land polygons, lakes, coast lines
//   geodata/basemap/city-rivers.geojson full-resolution WDBII rivers around Moscow and Leningrad, read by city-plans.ts
// (`--city-rivers` writes only the last, in a second.)
// GSHHG (Global Self-consistent Hierarchical High-resolution Geography) is by Paul Wessel and Walter H. F.
// Smith, distributed under the GNU LGPL (version 3 or later); the version is read from the Debian package.
// The shorelines derive from the World Vector Shoreline, the rivers and lakes from CIA World Data Bank II.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { RIVERS, type RiverSpec } from './river-names';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** The basemap's window (scripts/basemap.ts CLIP_BOX). */
const WINDOW = [15, 10, 160, 75] as const;

type Box = readonly [number, number, number, number];
type Pt = [number, number];

/** Where chapters zoom in (≥ 5): finer shoreline, and minor rivers. `res` is GSHHG's h (high, ~0.2 km) or f (full, ~0.1 km). */
/**
 * `lakes`: which GSHHG lakes to keep. Most lakes in the Bohai and Baikal boxes are reservoirs built after
 * 1949 (Guanting 1954, Miyun 1960, Irkutsk 1956), so only named natural lakes, or lakes above a size
 * where there are no such reservoirs (southern Finland and Karelia), are kept.
 */
export const COAST_BOXES: { id: string; box: Box; res: 'h' | 'f'; toleranceDeg: number; lakes: 'named' | number; note: string }[] = [
	{ id: 'bohai', box: [116.5, 36.5, 126.9, 41.6], res: 'h', toleranceDeg: 0.002, lakes: 'named', note: 'the Bohai, Liaodong and Dalian–Port Arthur, Korea Bay and the Yalu mouth, Korea west coast to 36.5°N' },
	{ id: 'finland', box: [23.5, 58.9, 33.3, 61.8], res: 'h', toleranceDeg: 0.002, lakes: 40, note: 'the Gulf of Finland and Lake Ladoga' },
	{ id: 'neva', box: [29.4, 59.75, 30.75, 60.12], res: 'f', toleranceDeg: 0.0003, lakes: 'named', note: 'the Neva Bay at Leningrad, full resolution for the city zooms' },
	{ id: 'baikal', box: [103.3, 51.3, 110.3, 55.95], res: 'h', toleranceDeg: 0.002, lakes: 'named', note: 'Lake Baikal' }
];

/** Minor (class 3) rivers are kept only here, where chapters look at zoom ≥ 6. */
export const LOCAL_RIVER_BOXES: Box[] = [
	[113, 37.5, 119.5, 41], // Xibaipo, Peiping, Tianjin
	[29, 55, 39.5, 60.3], // Moscow to Leningrad
	[121, 38.5, 127.5, 42] // the Liaodong and the Yalu
];

/** Douglas-Peucker tolerances in degrees for the committed rivers: the big ones finer, as they carry labels. */
const RIVER_TOLERANCE_DEG = 0.004;
const DECIMALS = 4;

// In a temporary folder, so GMT's gmt.history does not land in the repository.
const gmt = (args: string[]): string => execFileSync('gmt', args, { encoding: 'utf8', maxBuffer: 1 << 28, cwd: tmpdir() });

function gshhgVersion(): string {
	try {
		return execFileSync('dpkg-query', ['-W', '-f', '${Version}', 'gmt-gshhg-high'], { encoding: 'utf8' }).trim();
	} catch {
		return 'unknown';
	}
}

/** `gmt coast -M` output: segments after a `>` header, "lon<TAB>lat" lines. The header ends in "Level <n>". */
function parseSegments(text: string): { level: number; points: Pt[] }[] {
	const out: { level: number; points: Pt[] }[] = [];
	let cur: { level: number; points: Pt[] } | null = null;
	for (const line of text.split('\n')) {
		if (line.startsWith('>')) {
			cur = { level: Number(/Level (\d+)/.exec(line)?.[1] ?? 0), points: [] };
			out.push(cur);
		} else if (line.trim() && cur) {
			const [x, y] = line.trim().split(/\s+/).map(Number);
			cur.points.push([x!, y!]);
		}
	}
	return out.filter((s) => s.points.length >= 2);
}

const key = ([x, y]: Pt) => `${x.toFixed(6)},${y.toFixed(6)}`;
const same = (a: Pt, b: Pt) => key(a) === key(b);
const round = (v: number) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;

/** GMT cuts lines at its 1° or 2° bins; the pieces meet at identical points, so join them back into chains. */
function joinPieces(pieces: Pt[][]): Pt[][] {
	const byStart = new Map<string, number[]>();
	pieces.forEach((p, i) => {
		if (same(p[0]!, p[p.length - 1]!)) return;
		const k = key(p[0]!);
		byStart.set(k, [...(byStart.get(k) ?? []), i]);
	});
	const used = new Uint8Array(pieces.length);
	const hasPredecessor = new Set(pieces.filter((p) => !same(p[0]!, p[p.length - 1]!)).map((p) => key(p[p.length - 1]!)));
	const chains: Pt[][] = [];
	const follow = (i: number) => {
		const chain = [...pieces[i]!];
		used[i] = 1;
		for (;;) {
			const next = (byStart.get(key(chain[chain.length - 1]!)) ?? []).find((j) => !used[j]);
			if (next === undefined) break;
			used[next] = 1;
			chain.push(...pieces[next]!.slice(1));
		}
		chains.push(chain);
	};
	// Chains that start where nothing ends first, then what is left (closed loops of pieces).
	pieces.forEach((p, i) => !used[i] && !hasPredecessor.has(key(p[0]!)) && follow(i));
	pieces.forEach((_, i) => !used[i] && follow(i));
	return chains;
}

/** Douglas-Peucker in degrees, longitude scaled by cos(latitude). Ends stay. */
export function simplifyLine(points: Pt[], tolerance: number): Pt[] {
	if (points.length < 3) return points;
	const c = Math.cos(((points[0]![1] ?? 0) * Math.PI) / 180);
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length) {
		const [i, j] = stack.pop()!;
		const [ax, ay] = points[i]!;
		const [bx, by] = points[j]!;
		let worst = -1;
		let at = -1;
		for (let k = i + 1; k < j; k++) {
			const [px, py] = points[k]!;
			const [dx, dy] = [(bx - ax) * c, by - ay];
			const len2 = dx * dx + dy * dy;
			const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (((px - ax) * c) * dx + (py - ay) * dy) / len2));
			const d = Math.hypot((px - ax) * c - t * dx, py - ay - t * dy);
			if (d > worst) [worst, at] = [d, k];
		}
		if (worst > tolerance) {
			keep[at] = 1;
			stack.push([i, at], [at, j]);
		}
	}
	return points.filter((_, k) => keep[k]);
}

function tidy(points: Pt[]): Position[] {
	const out: Position[] = [];
	for (const [x, y] of points) {
		const p = [round(x), round(y)];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	return out;
}

const inBox = ([x, y]: Pt, [w, s, e, n]: Box) => x >= w && x <= e && y >= s && y <= n;

// ---------------------------------------------------------------- rivers

interface Graph {
	pts: Pt[];
	adj: Map<number, { to: number; w: number; edge: number }[]>;
	edges: { a: number; b: number; level: number }[];
}

/** A graph of the river pieces: vertices are points, edges consecutive points; dangling ends are tied to a river within 3 km (confluences are not snapped in WDBII). */
function buildGraph(pieces: { level: number; points: Pt[] }[]): Graph {
	const ids = new Map<string, number>();
	const pts: Pt[] = [];
	const id = (p: Pt) => {
		const k = key(p);
		let i = ids.get(k);
		if (i === undefined) {
			i = pts.length;
			ids.set(k, i);
			pts.push(p);
		}
		return i;
	};
	const edges: Graph['edges'] = [];
	const adj: Graph['adj'] = new Map();
	const cos = (y: number) => Math.cos((y * Math.PI) / 180);
	const add = (a: number, b: number, level: number) => {
		const [ax, ay] = pts[a]!;
		const [bx, by] = pts[b]!;
		const w = Math.hypot((bx - ax) * cos((ay + by) / 2), by - ay);
		const edge = edges.push({ a, b, level }) - 1;
		const penalty = PENALTY[level] ?? 1;
		for (const [from, to] of [[a, b], [b, a]] as const) {
			const list = adj.get(from);
			if (list) list.push({ to, w: w * penalty, edge });
			else adj.set(from, [{ to, w: w * penalty, edge }]);
		}
	};
	const pieceOf: number[] = [];
	for (const [pi, piece] of pieces.entries()) {
		let prev = id(piece.points[0]!);
		pieceOf[prev] ??= pi;
		for (const p of piece.points.slice(1)) {
			const cur = id(p);
			pieceOf[cur] ??= pi;
			if (cur !== prev) add(prev, cur, piece.level);
			prev = cur;
		}
	}
	// Grid of vertices for the snapping of dangling ends.
	const CELL = 0.05;
	const grid = new Map<string, number[]>();
	const cell = ([x, y]: Pt) => `${Math.floor(x / CELL)},${Math.floor(y / CELL)}`;
	pts.forEach((p, i) => {
		const c = grid.get(cell(p));
		if (c) c.push(i);
		else grid.set(cell(p), [i]);
	});
	const dangling = pts.map((_, i) => i).filter((i) => (adj.get(i)?.length ?? 0) === 1);
	// A dangling end is tied to the nearest vertex of another piece within 3 km (a confluence), else,
	// as a last resort, to the nearest vertex within 25 km (a gap where WDBII has a dam, a marsh or a reservoir).
	const SNAP_DEG = 0.03;
	const JUMP_DEG = 0.25;
	for (const i of dangling) {
		const [x, y] = pts[i]!;
		// The nearest vertex of each other piece around: a confluence if within 3 km, else a possible gap.
		const nearest = new Map<number, { j: number; d: number }>();
		const r = Math.ceil(JUMP_DEG / CELL / Math.max(cos(y), 0.3));
		for (let gx = -r; gx <= r; gx++)
			for (let gy = -r; gy <= r; gy++)
				for (const j of grid.get(`${Math.floor(x / CELL) + gx},${Math.floor(y / CELL) + gy}`) ?? []) {
					if (pieceOf[j] === pieceOf[i]) continue;
					const d = Math.hypot((pts[j]![0] - x) * cos(y), pts[j]![1] - y);
					const cur = nearest.get(pieceOf[j]!);
					if (d < JUMP_DEG && (!cur || d < cur.d)) nearest.set(pieceOf[j]!, { j, d });
				}
		const around = [...nearest.values()].sort((a, b) => a.d - b.d);
		for (const { j, d } of around.slice(0, 4)) add(i, j, d < SNAP_DEG ? SNAP : JUMP);
	}
	// Double-lined stretches and reservoirs are closed rings with no dangling ends: tie each ring to
	// every other piece it touches (its nearest vertex pair within 1.5 km), so a river runs through them.
	const RING_TOUCH_DEG = 0.015;
	const closest = new Map<string, { i: number; j: number; d: number }>();
	for (const [pi, piece] of pieces.entries()) {
		if (piece.level !== 0 && piece.level !== SHORE) continue;
		for (const p of piece.points) {
			const i = ids.get(key(p))!;
			const [x, y] = p;
			for (let gx = -1; gx <= 1; gx++)
				for (let gy = -1; gy <= 1; gy++)
					for (const j of grid.get(`${Math.floor(x / CELL) + gx},${Math.floor(y / CELL) + gy}`) ?? []) {
						if (pieceOf[j] === pi || pieceOf[j] === pieceOf[i]) continue;
						const d = Math.hypot((pts[j]![0] - x) * cos(y), pts[j]![1] - y);
						const k = `${pi}:${pieceOf[j]}`;
						if (d < RING_TOUCH_DEG && d < (closest.get(k)?.d ?? Infinity)) closest.set(k, { i, j, d });
					}
		}
	}
	for (const { i, j } of closest.values()) add(i, j, SNAP);
	return { pts, adj, edges };
}

/** Edge levels beyond WDBII's river classes: double-lined rivers (0), snapped confluences, gap jumps, lake and reservoir shores. */
const SNAP = 9;
const JUMP = 19;
const SHORE = 20;
/** Paths prefer the single-line rivers; where WDBII draws a river as a lake or reservoir they follow its shore. */
const PENALTY: Record<number, number> = { 0: 1.2, [SNAP]: 1, [JUMP]: 3, [SHORE]: 1.5 };
const ALWAYS = new Set([0, SNAP, JUMP, SHORE]);

/** Nearest graph vertex to a point, among edges of at most `maxLevel`. */
function nearestVertex(g: Graph, [x, y]: Pt, maxLevel: number): { v: number; km: number } {
	let best = -1;
	let bestD = Infinity;
	const c = Math.cos((y * Math.PI) / 180);
	g.pts.forEach(([px, py], i) => {
		if (!g.adj.get(i)?.some((e) => (g.edges[e.edge]!.level <= maxLevel && g.edges[e.edge]!.level > 0) || [0, SHORE].includes(g.edges[e.edge]!.level))) return;
		const d = Math.hypot((px - x) * c, py - y);
		if (d < bestD) [best, bestD] = [i, d];
	});
	return { v: best, km: bestD * 111.2 };
}

/** Dijkstra over edges of at most `maxLevel` (snapped confluence edges always allowed); a binary heap keeps it quick on ~100k vertices. */
function shortestPath(g: Graph, from: number, to: number | ReadonlySet<number>, maxLevel: number): number[] | null {
	const isTarget = (v: number) => (typeof to === 'number' ? v === to : to.has(v));
	let reached = -1;
	const dist = new Map<number, number>([[from, 0]]);
	const prev = new Map<number, number>();
	const heap: [number, number][] = [[0, from]];
	const push = (item: [number, number]) => {
		heap.push(item);
		let i = heap.length - 1;
		while (i > 0) {
			const p = (i - 1) >> 1;
			if (heap[p]![0] <= heap[i]![0]) break;
			[heap[p], heap[i]] = [heap[i]!, heap[p]!];
			i = p;
		}
	};
	const pop = (): [number, number] => {
		const top = heap[0]!;
		const last = heap.pop()!;
		if (heap.length) {
			heap[0] = last;
			let i = 0;
			for (;;) {
				const [l, r] = [2 * i + 1, 2 * i + 2];
				let m = i;
				if (l < heap.length && heap[l]![0] < heap[m]![0]) m = l;
				if (r < heap.length && heap[r]![0] < heap[m]![0]) m = r;
				if (m === i) break;
				[heap[m], heap[i]] = [heap[i]!, heap[m]!];
				i = m;
			}
		}
		return top;
	};
	while (heap.length) {
		const [d, v] = pop();
		if (isTarget(v)) {
			reached = v;
			break;
		}
		if (d > (dist.get(v) ?? Infinity)) continue;
		for (const e of g.adj.get(v) ?? []) {
			const lv = g.edges[e.edge]!.level;
			if (lv > maxLevel && !ALWAYS.has(lv)) continue;
			const nd = d + e.w;
			if (nd < (dist.get(e.to) ?? Infinity)) {
				dist.set(e.to, nd);
				prev.set(e.to, v);
				push([nd, e.to]);
			}
		}
	}
	if (reached < 0) return null;
	const path = [reached];
	while (path[path.length - 1] !== from) path.push(prev.get(path[path.length - 1]!)!);
	return path.reverse();
}

type RiverProps = { kind: 'river'; class: number; rank?: number; names?: { en: string; zh: string; ru: string }; sources: string[]; basis: string; note?: string };

function rivers(): { fc: FeatureCollection<Geometry, RiverProps>; report: string[] } {
	const [w, s, e, n] = WINDOW;
	const region = `-R${w}/${e}/${s}/${n}`;
	const shores = parseSegments(gmt(['coast', region, '-Dh', '-W', '-M', '-A0/2/2'])).map((p) => ({ ...p, level: SHORE }));
	const pieces = [...parseSegments(gmt(['coast', region, '-Dh', '-I0', '-I1', '-I2', '-I3', '-M'])), ...shores];
	const g = buildGraph(pieces);
	const report: string[] = [];
	const named = new Set<number>();
	const traced = new Map<string, Set<number>>();
	const features: Feature<Geometry, RiverProps>[] = [];
	for (const r of RIVERS) {
		const path = tracePath(g, r, report, traced);
		if (!path) continue;
		traced.set(r.id, new Set(path));
		for (let k = 1; k < path.length; k++) {
			const edge = g.adj.get(path[k - 1]!)!.find((x) => x.to === path[k])!.edge;
			named.add(edge);
		}
		const line = simplifyLine(path.map((v) => g.pts[v]!), RIVER_TOLERANCE_DEG / 2);
		features.push({
			type: 'Feature',
			id: r.id,
			properties: {
				kind: 'river',
				class: 1,
				rank: r.rank,
				names: r.names,
				sources: ['M1', ...r.waypoints.flatMap((p) => p.source)].filter((x, i, a) => a.indexOf(x) === i),
				basis: `WDBII river lines (GSHHG ${gshhgVersion()}, high resolution), the path through the river network between ${r.waypoints.map((p) => p.name).join(', ')}`,
				...(r.note ? { note: r.note } : {})
			},
			geometry: { type: 'LineString', coordinates: tidy(line) }
		});
	}
	// The rest of the network: chains of unnamed edges, class 1-2 everywhere, class 3 near the cities.
	const rest: Pt[][] = [];
	const levels: number[] = [];
	const seen = new Uint8Array(g.edges.length);
	for (const [i, edge] of g.edges.entries()) {
		if (seen[i] || named.has(i) || edge.level < 1 || edge.level > 3) continue;
		seen[i] = 1;
		rest.push([g.pts[edge.a]!, g.pts[edge.b]!]);
		levels.push(edge.level);
	}
	const byLevel = new Map<number, Pt[][]>();
	rest.forEach((seg, i) => byLevel.set(levels[i]!, [...(byLevel.get(levels[i]!) ?? []), seg]));
	for (const [level, segs] of [...byLevel].sort((a, b) => a[0] - b[0])) {
		const chains = joinSegments(segs)
			.flatMap((c) => splitOutside(c, WINDOW))
			.filter((c) => level < 3 || LOCAL_RIVER_BOXES.some((b) => c.some((p) => inBox(p, b))))
			.map((c) => tidy(simplifyLine(c, RIVER_TOLERANCE_DEG)))
			.filter((c) => c.length >= 2);
		features.push({
			type: 'Feature',
			id: `wdb-class-${level}`,
			properties: { kind: 'river', class: level, sources: ['M1'], basis: `WDBII river lines of class ${level} (GSHHG ${gshhgVersion()}, high resolution), unnamed${level === 3 ? ', kept only near Peiping, Moscow, Leningrad and the Liaodong' : ''}` },
			geometry: { type: 'MultiLineString', coordinates: chains }
		});
	}
	return { fc: { type: 'FeatureCollection', features }, report };
}

function tracePath(g: Graph, r: RiverSpec, report: string[], traced: ReadonlyMap<string, ReadonlySet<number>>): number[] | null {
	const snapped = r.waypoints.map((p) => ({ p, ...nearestVertex(g, p.at, r.maxLevel ?? 2) }));
	for (const s of snapped) if (s.km > (s.p.maxKm ?? 25)) report.push(`✗ ${r.id}: waypoint ${s.p.name} is ${s.km.toFixed(1)} km from any river of class ≤ ${r.maxLevel ?? 2}`);
	const path: number[] = [];
	for (let k = 1; k < snapped.length; k++) {
		const part = shortestPath(g, snapped[k - 1]!.v, snapped[k]!.v, r.maxLevel ?? 2);
		if (!part) {
			report.push(`✗ ${r.id}: no river path from ${snapped[k - 1]!.p.name} to ${snapped[k]!.p.name}`);
			return null;
		}
		path.push(...(k === 1 ? part : part.slice(1)));
	}
	if (r.joins) {
		const target = traced.get(r.joins);
		const tail = target && shortestPath(g, path[path.length - 1]!, target, r.maxLevel ?? 2);
		if (!tail) report.push(`✗ ${r.id}: does not reach the ${r.joins}`);
		else path.push(...tail.slice(1));
	}
	const kmOf = (a: number, b: number) => Math.hypot((g.pts[b]![0] - g.pts[a]![0]) * Math.cos((g.pts[a]![1] * Math.PI) / 180), g.pts[b]![1] - g.pts[a]![1]) * 111.2;
	let km = 0;
	for (let k = 1; k < path.length; k++) km += kmOf(path[k - 1]!, path[k]!);
	// A river winds, but not threefold: a path much longer than its waypoints' chain took a detour.
	let chord = 0;
	for (let k = 1; k < snapped.length; k++) chord += kmOf(snapped[k - 1]!.v, snapped[k]!.v);
	chord += kmOf(snapped[snapped.length - 1]!.v, path[path.length - 1]!);
	if (km > 2.2 * chord) report.push(`✗ ${r.id}: path ${km.toFixed(0)} km for waypoints ${chord.toFixed(0)} km apart: a detour?`);
	report.push(`✓ ${r.id}: ${km.toFixed(0)} km through ${snapped.map((s) => `${s.p.name} (${s.km.toFixed(1)} km off)`).join(', ')}`);
	return path;
}

/** The runs of a line inside a box (GMT returns whole bins, which reach past -R). */
function splitOutside(line: Pt[], box: Box): Pt[][] {
	const runs: Pt[][] = [[]];
	for (const p of line) {
		if (inBox(p, box)) runs[runs.length - 1]!.push(p);
		else if (runs[runs.length - 1]!.length) runs.push([]);
	}
	return runs.filter((r) => r.length >= 2);
}

/** Joins two-point segments that share ends into the longest simple chains (through-vertices of degree 2). */
function joinSegments(segs: Pt[][]): Pt[][] {
	const ends = new Map<string, number[]>();
	segs.forEach((s, i) => {
		for (const p of [s[0]!, s[s.length - 1]!]) ends.set(key(p), [...(ends.get(key(p)) ?? []), i]);
	});
	const used = new Uint8Array(segs.length);
	const chains: Pt[][] = [];
	const extend = (chain: Pt[]) => {
		for (;;) {
			const tail = chain[chain.length - 1]!;
			const at = ends.get(key(tail)) ?? [];
			if (at.length !== 2) return;
			const next = at.find((j) => !used[j]);
			if (next === undefined) return;
			used[next] = 1;
			const s = segs[next]!;
			chain.push(...(same(s[0]!, tail) ? s.slice(1) : [...s].reverse().slice(1)));
		}
	};
	// Start at ends that are not through-vertices, so chains run from junction to junction.
	const order = segs.map((_, i) => i).sort((a, b) => Number((ends.get(key(segs[a]![0]!))?.length ?? 0) === 2) - Number((ends.get(key(segs[b]![0]!))?.length ?? 0) === 2));
	for (const i of order) {
		if (used[i]) continue;
		used[i] = 1;
		const chain = [...segs[i]!];
		extend(chain);
		chain.reverse();
		extend(chain);
		chains.push(chain);
	}
	return chains;
}

// ---------------------------------------------------------------- coasts

/** Position along the box outline, counter-clockwise from the south-west corner, in degrees of perimeter. */
function perimeterT([x, y]: Pt, [w, s, e, n]: Box): number {
	const eps = 1e-7;
	if (Math.abs(y - s) < eps) return x - w;
	if (Math.abs(x - e) < eps) return e - w + (y - s);
	if (Math.abs(y - n) < eps) return e - w + (n - s) + (e - x);
	return 2 * (e - w) + (n - s) + (n - y);
}

/** The box corners met when walking counter-clockwise from t0 to t1 on the outline. */
function cornersBetween(t0: number, t1: number, [w, s, e, n]: Box): Pt[] {
	const P = 2 * (e - w + n - s);
	const corners: [number, Pt][] = [
		[0, [w, s]],
		[e - w, [e, s]],
		[e - w + (n - s), [e, n]],
		[2 * (e - w) + (n - s), [w, n]]
	];
	const span = (t1 - t0 + P) % P;
	return corners
		.map(([t, p]) => [(t - t0 + P) % P, p] as [number, Pt])
		.filter(([d]) => d > 1e-9 && d < span)
		.sort((a, b) => a[0] - b[0])
		.map(([, p]) => p);
}

/**
 * Land polygons of a box from shoreline chains that keep land on their left (GSHHG's convention,
 * checked: its closed land rings are counter-clockwise, its lake rings clockwise). Chains that leave
 * the box are closed by walking its outline counter-clockwise to the next chain's entry.
 */
export function assembleLand(chains: Pt[][], box: Box): Pt[][] {
	const open = chains.filter((c) => !same(c[0]!, c[c.length - 1]!));
	const closedLand = chains.filter((c) => same(c[0]!, c[c.length - 1]!) && signedArea(c) > 0);
	const rings: Pt[][] = [...closedLand];
	const starts = open.map((c) => perimeterT(c[0]!, box));
	const used = new Uint8Array(open.length);
	const P = 2 * (box[2] - box[0] + box[3] - box[1]);
	for (let i = 0; i < open.length; i++) {
		if (used[i]) continue;
		const ring: Pt[] = [];
		let k = i;
		while (!used[k]) {
			used[k] = 1;
			ring.push(...open[k]!);
			const tEnd = perimeterT(open[k]![open[k]!.length - 1]!, box);
			let next = -1;
			let bestD = Infinity;
			starts.forEach((t, j) => {
				const d = (t - tEnd + P) % P;
				if (d < bestD) [next, bestD] = [j, d];
			});
			ring.push(...cornersBetween(tEnd, starts[next]!, box));
			k = next;
		}
		ring.push(ring[0]!);
		rings.push(ring);
	}
	return rings;
}

function signedArea(ring: Pt[]): number {
	let a = 0;
	for (let i = 0; i < ring.length - 1; i++) a += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
	return a / 2;
}

const LAKE_NAMES: { name: string; inside: Pt }[] = [
	{ name: 'Lake Baikal', inside: [108.0, 53.5] },
	{ name: 'Lake Ladoga', inside: [31.5, 60.9] }
];

function coast(spec: (typeof COAST_BOXES)[number]): FeatureCollection<Geometry, Record<string, unknown>> {
	const [w, s, e, n] = spec.box;
	const segs = parseSegments(gmt(['coast', `-R${w}/${e}/${s}/${n}`, `-D${spec.res}`, '-W', '-M', '-A0/1/2']));
	const basis = `GSHHG ${gshhgVersion()} shoreline, ${spec.res === 'f' ? 'full' : 'high'} resolution, clipped to [${spec.box.join(', ')}], Douglas-Peucker ${spec.toleranceDeg}°`;
	const byLevel = (lv: number) => joinPieces(segs.filter((x) => x.level === lv).map((x) => x.points)).map((c) => simplifyLine(c, spec.toleranceDeg));
	const shore = byLevel(1);
	const lakes = byLevel(2).filter((c) => same(c[0]!, c[c.length - 1]!) && c.length >= 4);
	const land = assembleLand(shore, spec.box).map((r) => tidy(r)).filter((r) => r.length >= 4);
	const features: Feature<Geometry, Record<string, unknown>>[] = [];
	if (land.length) features.push({ type: 'Feature', id: `${spec.id}-land`, properties: { kind: 'land', box: spec.box, sources: ['M1'], basis }, geometry: { type: 'MultiPolygon', coordinates: land.map((r) => [r]) } });
	// Coast lines: the shore chains themselves (not the box outline the land rings walk along).
	const coastLines = shore.map((c) => tidy(c)).filter((c) => c.length >= 2);
	if (coastLines.length) features.push({ type: 'Feature', id: `${spec.id}-coast`, properties: { kind: 'coast', box: spec.box, sources: ['M1'], basis }, geometry: { type: 'MultiLineString', coordinates: coastLines } });
	lakes.forEach((ring, i) => {
		// GSHHG lake rings run clockwise; RFC 7946 wants exterior rings counter-clockwise.
		const ccw = [...ring].reverse();
		const name = LAKE_NAMES.find((l) => pointInRing(l.inside, ccw))?.name;
		const km2 = signedArea(ccw) * 111.2 ** 2 * Math.cos((ccw[0]![1] * Math.PI) / 180);
		if (spec.lakes === 'named' ? !name : km2 < spec.lakes && !name) return;
		features.push({ type: 'Feature', id: `${spec.id}-lake-${i}`, properties: { kind: 'lake', ...(name ? { name } : {}), sources: ['M1'], basis }, geometry: { type: 'Polygon', coordinates: [tidy(ccw)] } });
	});
	return { type: 'FeatureCollection', features };
}

function pointInRing([x, y]: Pt, ring: Pt[]): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i]!;
		const [xj, yj] = ring[j]!;
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/** Full-resolution WDBII rivers (classes 1-4) around the three cities, for the city plans (scripts/geodata/city-plans.ts). */
export const CITY_RIVER_BOXES: { id: string; box: Box }[] = [
	{ id: 'moscow', box: [37.25, 55.55, 37.95, 55.95] },
	{ id: 'leningrad', box: [30.0, 59.75, 30.75, 60.1] }
];

function cityRivers(): FeatureCollection<Geometry, Record<string, unknown>> {
	const features = CITY_RIVER_BOXES.flatMap(({ id, box: [w, s, e, n] }) => {
		const segs = parseSegments(gmt(['coast', `-R${w}/${e}/${s}/${n}`, '-Df', '-I1', '-I2', '-I3', '-I4', '-M']));
		const lines = joinPieces(segs.map((x) => x.points)).map((c) => tidy(c.filter((p) => inBox(p, [w, s, e, n])))).filter((c) => c.length >= 2);
		return [{ type: 'Feature' as const, id: `${id}-rivers`, properties: { kind: 'river', city: id, sources: ['M1'], basis: `WDBII rivers of classes 1-4, GSHHG ${gshhgVersion()} full resolution, clipped to [${w}, ${s}, ${e}, ${n}]` }, geometry: { type: 'MultiLineString' as const, coordinates: lines } }];
	});
	return { type: 'FeatureCollection', features };
}

function write(file: string, fc: FeatureCollection): number {
	const json = `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
	writeFileSync(`${repoRoot}${file}`, json);
	return json.length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	console.log(`GSHHG ${gshhgVersion()}, ${gmt(['--version']).trim() && `GMT ${gmt(['--version']).trim()}`}`);
	console.log(`geodata/basemap/city-rivers.geojson: ${(write('geodata/basemap/city-rivers.geojson', cityRivers()) / 1024).toFixed(0)} KB`);
	if (process.argv.includes('--city-rivers')) process.exit(0);
	const r = rivers();
	for (const line of r.report) console.log(line);
	console.log(`geodata/basemap/rivers.geojson: ${(write('geodata/basemap/rivers.geojson', r.fc) / 1024).toFixed(0)} KB`);
	for (const spec of COAST_BOXES) {
		const fc = coast(spec);
		console.log(`geodata/basemap/coast-${spec.id}.geojson: ${(write(`geodata/basemap/coast-${spec.id}.geojson`, fc) / 1024).toFixed(0)} KB, ${fc.features.length} features`);
	}
	if (r.report.some((l) => l.startsWith('✗'))) process.exitCode = 1;
}
