// Validation of the rivers, finer coasts, context labels and city plans (geodata/basemap/, geodata/cities/): schema, source ids, geometry kind and extent.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { fieldOf, parseJson, type GeodataIssue } from './errors';
import type { Source } from './schema';
import { CITY_KINDS, CITY_PLANS, COAST_FILE, COAST_KINDS, CONTEXT_FILE, CONTEXT_KINDS, RIVERS_FILE, WINDOW_BOUNDS, type Bounds } from './basemap-files';

const names = z.object({ en: z.string().min(1), zh: z.string().min(1), ru: z.string().min(1) }).strict();
const sourceIds = z.array(z.string().min(1)).min(1, 'must cite at least one source id');
const certainty = z.enum(['high', 'medium', 'low']);
const rank = z.number().int().min(1).max(3);
const basis = z.string().min(1, 'must say how the geometry was made');

const lon = z.number().min(-180, 'longitude out of range (-180..180)').max(180, 'longitude out of range (-180..180)');
const lat = z.number().min(-90, 'latitude out of range (-90..90)').max(90, 'latitude out of range (-90..90)');
const position = z.tuple([lon, lat], { message: 'a position is [longitude, latitude]' });
const ring = z.array(position).min(4, 'a ring has at least four positions');
const geometry = z.discriminatedUnion('type', [
	z.object({ type: z.literal('Point'), coordinates: position }),
	z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
	z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position).min(2)) }),
	z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
	z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)) })
]);
type Geometry = z.infer<typeof geometry>;

const feature = <P extends z.ZodType>(properties: P) => z.object({ type: z.literal('Feature'), id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug'), geometry, properties });

export const riverFeature = feature(
	z
		.object({ kind: z.literal('river'), class: z.number().int().min(0).max(4), rank: rank.optional(), names: names.optional(), sources: sourceIds, basis, note: z.string().optional() })
		.strict()
		.refine((p) => !p.names || p.rank !== undefined, { message: 'a named river needs a rank (1-3)', path: ['rank'] })
);
export const coastFeature = feature(
	z.object({ kind: z.enum(COAST_KINDS), name: z.string().optional(), box: z.array(z.number()).length(4).optional(), sources: sourceIds, basis }).strict()
);
const namedProps = <K extends readonly [string, ...string[]]>(kinds: K) =>
	z.object({ kind: z.enum(kinds), names, sources: sourceIds, certainty, basis, note: z.string().optional(), rank: rank.optional() }).strict();
export const contextFeature = feature(namedProps(CONTEXT_KINDS));
export const cityFeature = feature(namedProps(CITY_KINDS));
export const cityFile = z.object({
	type: z.literal('FeatureCollection'),
	city: z.object({ id: z.string().min(1), names, note: z.string().min(1) }).strict(),
	features: z.array(z.unknown()).min(1)
});
const plainFile = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()).min(1) });

/** Which geometry types each kind may have: a gate is a point, a ring a line, a wall a polygon or (an open wall) a line. */
const GEOMETRY_OF: Record<string, Geometry['type'][]> = {
	river: ['LineString', 'MultiLineString'],
	land: ['Polygon', 'MultiPolygon'],
	lake: ['Polygon', 'MultiPolygon'],
	coast: ['LineString', 'MultiLineString'],
	wall: ['Polygon', 'LineString'],
	ring: ['LineString'],
	street: ['LineString'],
	range: ['LineString'],
	parallel: ['LineString'],
	palace: ['Point', 'Polygon'],
	park: ['Point', 'Polygon'],
	building: ['Point', 'Polygon'],
	works: ['Point', 'Polygon']
};

function positions(g: Geometry): [number, number][] {
	switch (g.type) {
		case 'Point':
			return [g.coordinates];
		case 'LineString':
			return g.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return g.coordinates.flat();
		case 'MultiPolygon':
			return g.coordinates.flat(2);
	}
}

const inside = ([x, y]: [number, number], [w, s, e, n]: Bounds) => x >= w && x <= e && y >= s && y <= n;

interface Check {
	file: string;
	schema: z.ZodType<{ id: string; geometry: Geometry; properties: { kind: string; sources: string[] } }>;
	bounds: Bounds;
	where: string;
}

function checkFeatures(c: Check, features: unknown[], sources: ReadonlyMap<string, Source>, issues: GeodataIssue[]): void {
	const ids = new Set<string>();
	features.forEach((f, featureIndex) => {
		const rawId = (f as { id?: unknown } | null)?.id;
		const at = { file: c.file, featureIndex, featureId: typeof rawId === 'string' ? rawId : undefined };
		const r = c.schema.safeParse(f);
		if (!r.success) {
			for (const i of r.error.issues) issues.push({ ...at, field: fieldOf(i.path), message: i.message });
			return;
		}
		const { id, geometry: g, properties: p } = r.data;
		if (ids.has(id)) issues.push({ ...at, field: 'id', message: `duplicate feature id "${id}"` });
		ids.add(id);
		p.sources.forEach((s, k) => {
			if (!sources.has(s)) issues.push({ ...at, field: `properties.sources[${k}]`, message: `unknown source id "${s}" (not in sources.json)` });
		});
		const allowed = GEOMETRY_OF[p.kind] ?? ['Point'];
		if (!allowed.includes(g.type)) issues.push({ ...at, field: 'geometry.type', message: `a ${p.kind} is drawn as ${allowed.join(' or ')}, not ${g.type}` });
		const out = positions(g).findIndex((q) => !inside(q, c.bounds));
		if (out >= 0) {
			const q = positions(g)[out]!;
			const swapped = inside([q[1], q[0]], c.bounds);
			issues.push({ ...at, field: 'geometry.coordinates', message: swapped ? `[${q.join(', ')}] looks like [latitude, longitude]: GeoJSON is [longitude, latitude]` : `[${q.join(', ')}] lies outside ${c.where} [${c.bounds.join(', ')}]` });
		}
	});
}

/** Validates one file of this contract, by its path relative to the geodata folder (basemap/rivers.geojson, cities/moscow.geojson, …). */
export function validateBasemapFile(file: string, relPath: string, raw: unknown, sources: ReadonlyMap<string, Source>, issues: GeodataIssue[]): void {
	const city = /^cities\/([a-z0-9-]+)\.geojson$/.exec(relPath)?.[1];
	const plan = CITY_PLANS.find((c) => c.id === city);
	if (city !== undefined && !plan) {
		issues.push({ file, field: '(file)', message: `no city plan "${city}" is known; the plans are ${CITY_PLANS.map((c) => c.id).join(', ')} (src/lib/data/basemap-files.ts)` });
		return;
	}
	const top = (plan ? cityFile : plainFile).safeParse(raw);
	if (!top.success) {
		for (const i of top.error.issues) issues.push({ file, field: fieldOf(i.path), message: i.message });
		return;
	}
	if (plan && (top.data as z.infer<typeof cityFile>).city.id !== plan.id) issues.push({ file, field: 'city.id', message: `"${(top.data as z.infer<typeof cityFile>).city.id}" does not match the file name; expected ${plan.id}` });
	const schema = plan ? cityFeature : relPath === RIVERS_FILE ? riverFeature : relPath === CONTEXT_FILE ? contextFeature : coastFeature;
	const bounds = plan ? plan.bounds : WINDOW_BOUNDS;
	checkFeatures({ file, schema: schema as Check['schema'], bounds, where: plan ? `the ${plan.id} plan's box` : "the story's window" }, top.data.features, sources, issues);
}

/** The files of this contract present in a geodata folder; rivers, context and the three plans are required once the folder has a basemap/ or cities/ subfolder. */
export function basemapFiles(dir: string): { relPath: string; path: string; required: boolean }[] {
	const list = (sub: string, pattern: RegExp) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).filter((f) => pattern.test(f)).sort().map((f) => `${sub}/${f}`) : []);
	if (!existsSync(join(dir, 'basemap')) && !existsSync(join(dir, 'cities'))) return [];
	const required = [RIVERS_FILE, CONTEXT_FILE, ...CITY_PLANS.map((c) => `cities/${c.id}.geojson`)];
	const found = [...list('basemap', COAST_FILE), ...list('cities', /\.geojson$/)];
	return [...new Set([...required, ...found])].map((relPath) => ({ relPath, path: join(dir, relPath), required: required.includes(relPath) }));
}

/** Reads and validates every basemap and city-plan file of a geodata folder. */
export function validateBasemapFolder(dir: string, sources: ReadonlyMap<string, Source>, issues: GeodataIssue[]): string[] {
	const files = basemapFiles(dir);
	for (const f of files) {
		const rel = relative(process.cwd(), f.path) || f.path;
		if (!existsSync(f.path)) {
			issues.push({ file: rel, field: '(file)', message: 'file not found (scripts/geodata/gshhg.ts and city-plans.ts write it)' });
			continue;
		}
		const raw = parseJson(rel, readFileSync(f.path, 'utf8'), issues);
		if (raw !== undefined) validateBasemapFile(rel, f.relPath, raw, sources, issues);
	}
	return files.map((f) => relative(process.cwd(), f.path) || f.path);
}
