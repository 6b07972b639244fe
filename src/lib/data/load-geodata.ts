// Reads and validates the whole geodata/ folder (Node only: used by the build, `npm run validate` and tests).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseJson, type GeodataIssue } from './errors';
import { validatePlaces, validateSources } from './validate-refs';
import { validateJourney, type ValidJourney } from './validate-journey';
import { compileEvents, compileJourney, compilePlace } from './compile';
import { validateEvents, type ValidEvents } from './validate-events';
import type { Geodata } from './types';
import { validateBasemapFolder } from './validate-basemap';

export interface LoadResult {
	geodata?: Geodata;
	issues: GeodataIssue[];
	files: string[];
}

/** Validates a geodata folder. With `only`, just those journey or events files are read (the gazetteer and sources always are). */
export function loadGeodata(dir: string, only?: string[]): LoadResult {
	const issues: GeodataIssue[] = [];
	const rel = (f: string) => relative(process.cwd(), f) || f;
	const read = (file: string): unknown => {
		if (!existsSync(file)) {
			issues.push({ file: rel(file), field: '(file)', message: 'file not found' });
			return undefined;
		}
		return parseJson(rel(file), readFileSync(file, 'utf8'), issues);
	};
	const sourcesFile = join(dir, 'sources.json');
	const placesFile = join(dir, 'places.geojson');
	const sources = validateSources(rel(sourcesFile), read(sourcesFile), issues);
	const places = validatePlaces(rel(placesFile), read(placesFile), sources, issues);
	const list = (sub: string) => {
		const d = join(dir, sub);
		return existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.geojson')).sort().map((f) => join(d, f)) : [];
	};
	const files = only ?? [...list('journeys'), ...list('events')];
	if (!only && list('journeys').length === 0) issues.push({ file: rel(join(dir, 'journeys')), field: '(folder)', message: 'no journey files (*.geojson) found' });
	const valid: ValidJourney[] = [];
	const validEvents: ValidEvents[] = [];
	for (const file of files) {
		const raw = read(file);
		if (raw === undefined) continue;
		// An events file carries a `collection` member; a journey, a `journey` member.
		if (raw && typeof raw === 'object' && 'collection' in raw) {
			const v = validateEvents(rel(file), raw, places, sources, issues);
			if (v) validEvents.push(v);
		} else {
			const j = validateJourney(rel(file), raw, places, sources, issues);
			if (j) valid.push(j);
		}
	}
	// Rivers, coasts, context labels and city plans: only when the whole folder is checked.
	const basemapFiles = only ? [] : validateBasemapFolder(dir, sources, issues);
	const all = [sourcesFile, placesFile, ...files].map(rel).concat(basemapFiles);
	if (issues.length > 0) return { issues, files: all };
	return {
		issues,
		files: all,
		geodata: {
			journeys: valid.map((j) => compileJourney(j, places)),
			events: validEvents.flatMap((v) => compileEvents(v, places)),
			// Ship every place: the basemap labels the gazetteer, not only the stops.
			places: [...places.values()].map(compilePlace),
			sources: [...sources.values()]
		}
	};
}
