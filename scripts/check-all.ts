// Validates geodata/ and the chapter content together; shared by `npm run validate` and the build.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadGeodata } from '../src/lib/data/load-geodata';
import { formatIssue } from '../src/lib/data/errors';
import { parseChapters } from '../src/lib/content/parse';
import { buildStory } from '../src/lib/content/build';
import type { Geodata } from '../src/lib/data/types';

/** CHAPTERS_DIR points the checks at another copy of the chapters (the tests plant bad content in one). */
export const CHAPTERS_DIR = process.env.CHAPTERS_DIR ?? 'src/content/en/chapters';
/** GEODATA_DIR points the build and the validator at another folder (the tests use it for broken data). */
export const GEODATA_DIR = process.env.GEODATA_DIR ?? 'geodata';

export function checkAll(journeyFiles?: string[]): { errors: string[]; files: string[]; chapters: number; geodata?: Geodata } {
	const { geodata, issues, files } = loadGeodata(GEODATA_DIR, journeyFiles);
	const errors = issues.map(formatIssue);
	let chapters = 0;
	// Chapters are checked against the whole set of journeys, so skip them when only some files were named.
	if (geodata && !journeyFiles) {
		try {
			const texts = Object.fromEntries(
				readdirSync(CHAPTERS_DIR)
					.filter((f) => f.endsWith('.md'))
					.map((f) => [join(CHAPTERS_DIR, f), readFileSync(join(CHAPTERS_DIR, f), 'utf8')])
			);
			chapters = buildStory(geodata, parseChapters(texts, new Map(geodata.sources.map((x) => [x.id, x])))).chapters.length;
		} catch (err) {
			errors.push((err as Error).message);
		}
	}
	return { errors, files, chapters, geodata: errors.length ? undefined : geodata };
}
