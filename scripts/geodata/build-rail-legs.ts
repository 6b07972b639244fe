// Rewrites the geometry of a journey's rail legs from a railway CSV (ordered shaping points): `npx tsx scripts/geodata/build-rail-legs.ts [--only-basis] <railway.csv> <journey.geojson>`.
// With --only-basis, only the rail legs whose geometryBasis names that CSV file are rebuilt, so one journey can draw its rail legs from several CSVs.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One shaping point of a railway CSV (`seq,name,lat,lon,basis,note,place`). */
export interface RailPoint {
	seq: number;
	name: string;
	lat: number;
	lon: number;
	basis: string;
	note: string;
	/** Gazetteer place id, or '' when the point is only a shaping point. */
	place: string;
}

/** An error that names the file, the feature and the field, like the validator's. */
export class RailLegError extends Error {
	constructor(
		readonly file: string,
		readonly featureId: string | undefined,
		readonly field: string,
		message: string
	) {
		super(`${file}:${featureId === undefined ? '' : ` feature "${featureId}":`} ${field}: ${message}`);
		this.name = 'RailLegError';
	}
}

/** Splits CSV text into rows of fields (RFC 4180: quoted fields may hold commas, quotes and newlines). */
export function parseCsvRows(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Parses a railway CSV into points in file order, checking columns, numbers and the sequence. */
export function parseRailCsv(file: string, text: string): RailPoint[] {
	const [header, ...rows] = parseCsvRows(text);
	const need = ['seq', 'name', 'lat', 'lon', 'basis', 'note', 'place'];
	if (!header) throw new RailLegError(file, undefined, '(file)', 'the file is empty');
	const col = Object.fromEntries(need.map((n) => [n, header.indexOf(n)])) as Record<string, number>;
	const missing = need.filter((n) => col[n]! < 0);
	if (missing.length) throw new RailLegError(file, undefined, 'header', `missing column(s): ${missing.join(', ')}`);
	return rows.map((r, k) => {
		const line = `row ${k + 2}`;
		const get = (n: string) => (r[col[n]!] ?? '').trim();
		const num = (n: string) => {
			const v = Number(get(n));
			if (get(n) === '' || !Number.isFinite(v)) throw new RailLegError(file, undefined, `${line}.${n}`, `not a number: "${get(n)}"`);
			return v;
		};
		const p: RailPoint = { seq: num('seq'), name: get('name'), lat: num('lat'), lon: num('lon'), basis: get('basis'), note: get('note'), place: get('place') };
		if (p.lat < -90 || p.lat > 90 || p.lon < -180 || p.lon > 180) throw new RailLegError(file, undefined, `${line}.lat`, 'latitude or longitude out of range');
		if (p.seq !== k + 1) throw new RailLegError(file, undefined, `${line}.seq`, `expected ${k + 1}, got ${p.seq}: rows must be numbered 1, 2, 3… in route order`);
		return p;
	});
}

/**
 * The railway's positions ([lon, lat]) from the point of place `from` to the point of place `to`, inclusive,
 * in travel order: reversed when `to` comes before `from` in the file. Returns an error text when a place is
 * missing or appears more than once, or when both are the same point.
 */
export function sliceRail(points: readonly RailPoint[], from: string, to: string): { coordinates: [number, number][] } | { error: 'from' | 'to'; message: string } {
	const indexOf = (place: string): number | string => {
		const hits = points.flatMap((p, i) => (p.place === place ? [i] : []));
		if (hits.length === 0) return `place "${place}" is not on the railway (no row has it in the "place" column)`;
		if (hits.length > 1) return `place "${place}" appears ${hits.length} times in the "place" column; it must be unique`;
		return hits[0]!;
	};
	const a = indexOf(from);
	if (typeof a === 'string') return { error: 'from', message: a };
	const b = indexOf(to);
	if (typeof b === 'string') return { error: 'to', message: b };
	if (a === b) return { error: 'to', message: `"${from}" and "${to}" are the same point of the railway` };
	const step = a < b ? 1 : -1;
	const coordinates: [number, number][] = [];
	for (let i = a; i !== b + step; i += step) coordinates.push([points[i]!.lon, points[i]!.lat]);
	return { coordinates };
}

/**
 * True when a leg's geometryBasis text names the railway CSV file: its file name (e.g. `shenyang-dalian.csv`) at the
 * start of the text or after a slash, space or bracket, so that `beijing-moscow.csv` does not match `x-beijing-moscow.csv`.
 * @example basisNamesCsv('geodata/railways/shenyang-dalian.csv, traced line', 'geodata/railways/shenyang-dalian.csv') // true
 */
export function basisNamesCsv(geometryBasis: unknown, csvFile: string): boolean {
	if (typeof geometryBasis !== 'string') return false;
	const name = basename(csvFile).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(^|[\\s/(\\[])${name}(?![\\w-])`).test(geometryBasis);
}

/** Options of buildRailLegs. */
export interface BuildOptions {
	/** Rebuild only the rail legs whose geometryBasis names this CSV file (see basisNamesCsv); others are left as they are. */
	onlyBasisOf?: string;
}

interface JourneyLike {
	features: { id?: unknown; geometry?: { type?: unknown; coordinates?: unknown }; properties?: Record<string, unknown> }[];
}

/**
 * Returns the journey with every rail leg's LineString replaced by the railway between its stops' places.
 * Pure: the input is not modified. Legs of other modes are left as they are.
 */
export function buildRailLegs<T extends JourneyLike>(journeyFile: string, journey: T, points: readonly RailPoint[], options: BuildOptions = {}): { journey: T; rebuilt: string[] } {
	const copy = structuredClone(journey);
	const stops = new Map<string, string>();
	for (const f of copy.features) {
		if (f.properties?.kind === 'stop' && typeof f.id === 'string' && typeof f.properties.place === 'string') stops.set(f.id, f.properties.place);
	}
	const rebuilt: string[] = [];
	for (const f of copy.features) {
		const p = f.properties;
		if (p?.kind !== 'leg' || p.mode !== 'rail') continue;
		if (options.onlyBasisOf !== undefined && !basisNamesCsv(p.geometryBasis, options.onlyBasisOf)) continue;
		const id = typeof f.id === 'string' ? f.id : undefined;
		const ends = { from: p.from, to: p.to };
		const places: Record<'from' | 'to', string> = { from: '', to: '' };
		for (const key of ['from', 'to'] as const) {
			const stopId = ends[key];
			if (typeof stopId !== 'string') throw new RailLegError(journeyFile, id, `properties.${key}`, 'missing stop id');
			const place = stops.get(stopId);
			if (place === undefined) throw new RailLegError(journeyFile, id, `properties.${key}`, `no stop "${stopId}" with a place in this journey`);
			places[key] = place;
		}
		const r = sliceRail(points, places.from, places.to);
		if ('error' in r) throw new RailLegError(journeyFile, id, `properties.${r.error}`, `stop "${String(ends[r.error])}": ${r.message}`);
		f.geometry = { type: 'LineString', coordinates: r.coordinates };
		rebuilt.push(id ?? '(no id)');
	}
	return { journey: copy, rebuilt };
}

/** JSON with tabs, keeping each [lon, lat] pair on one line (as the geodata files are written). */
export function formatGeoJson(value: unknown): string {
	return JSON.stringify(value, null, '\t').replace(/\[\s+(-?[\d.eE+-]+),\s+(-?[\d.eE+-]+)\s+\]/g, '[$1, $2]') + '\n';
}

function main(argv: string[]): void {
	const onlyBasis = argv.includes('--only-basis');
	const [csvFile, journeyFileName] = argv.filter((a) => a !== '--only-basis');
	if (!csvFile || !journeyFileName) {
		console.error('usage: npx tsx scripts/geodata/build-rail-legs.ts [--only-basis] <railway.csv> <journey.geojson>');
		process.exit(2);
	}
	try {
		const points = parseRailCsv(csvFile, readFileSync(csvFile, 'utf8'));
		const journey = JSON.parse(readFileSync(journeyFileName, 'utf8')) as JourneyLike;
		if (!Array.isArray(journey.features)) throw new RailLegError(journeyFileName, undefined, 'features', 'not a FeatureCollection');
		const { journey: out, rebuilt } = buildRailLegs(journeyFileName, journey, points, onlyBasis ? { onlyBasisOf: csvFile } : {});
		writeFileSync(journeyFileName, formatGeoJson(out));
		console.log(`${journeyFileName}: rebuilt ${rebuilt.length} rail leg(s) from ${csvFile}`);
	} catch (err) {
		console.error(err instanceof Error ? err.message : String(err));
		process.exit(1);
	}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
