// Reads and validates the whole geodata/ folder (Node only: used by the build, `npm run validate` and tests).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseJson, type GeodataIssue } from './errors';
import { validatePlaces, validateSources } from './validate-refs';
import { validateJourney, type ValidJourney } from './validate-journey';
import { compileJourney, compilePlace } from './compile';
import type { Geodata } from './types';

export interface LoadResult {
	geodata?: Geodata;
	issues: GeodataIssue[];
	files: string[];
}

/** Validates a geodata folder. With `journeyFiles`, only those journeys are read (the refs always are). */
export function loadGeodata(dir: string, journeyFiles?: string[]): LoadResult {
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
	const journeysDir = join(dir, 'journeys');
	const files =
		journeyFiles ??
		(existsSync(journeysDir) ? readdirSync(journeysDir).filter((f) => f.endsWith('.geojson')).sort().map((f) => join(journeysDir, f)) : []);
	if (files.length === 0) issues.push({ file: rel(journeysDir), field: '(folder)', message: 'no journey files (*.geojson) found' });
	const valid: ValidJourney[] = [];
	for (const file of files) {
		const raw = read(file);
		if (raw === undefined) continue;
		const j = validateJourney(rel(file), raw, places, sources, issues);
		if (j) valid.push(j);
	}
	const all = [sourcesFile, placesFile, ...files].map(rel);
	if (issues.length > 0) return { issues, files: all };
	return {
		issues,
		files: all,
		geodata: {
			journeys: valid.map((j) => compileJourney(j, places)),
			// Ship every place: the basemap labels the gazetteer, not only the stops.
			places: [...places.values()].map(compilePlace),
			sources: [...sources.values()]
		}
	};
}
