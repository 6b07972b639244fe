// The story as Node builds it from the same files, for browser tests that compare what the page shows with what the data says, and for unit tests that need the real story.
import { checkAll } from '../../scripts/check-all';
import { buildStory } from '../../src/lib/content/build';
import { parseChapters } from '../../src/lib/content/parse';
import { isoLocalDate, parseOffset } from '../../src/lib/data/dates';
import { kmAtTime } from '../../src/lib/geo/timeline';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'src/content/en/chapters';

export function storyFromFiles() {
	const { geodata } = checkAll();
	if (!geodata) throw new Error('the geodata does not validate: run npm run validate');
	const files = Object.fromEntries(readdirSync(DIR).filter((f) => f.endsWith('.md')).map((f) => [join(DIR, f), readFileSync(join(DIR, f), 'utf8')]));
	return buildStory(geodata, parseChapters(files, new Map(geodata.sources.map((s) => [s.id, s]))));
}

/** The local date and km at which a chapter begins, as the readout should show them. */
export function chapterStartOf(id: string): { date: string; km: number } {
	const story = storyFromFiles();
	const c = story.chapters.find((x) => x.id === id);
	if (!c?.journey) throw new Error(`${id} is not a journey chapter`);
	const j = story.journeys.get(c.journey)!;
	// The offset of the stop at or before the chapter's start: the readout shows the local day there.
	let k = 0;
	while (k + 1 < j.stopKm.length && j.stopKm[k + 1]! <= c.kmFrom + 1e-9) k++;
	const offset = parseOffset(story.places.get(j.stops[k]!.place)!.utcOffset);
	// A chapter that scrubs by time starts at its first moment: where the vehicle is then (a dated day may already hold a drive).
	return { date: isoLocalDate(c.tFrom, offset), km: c.scrub === 'time' ? kmAtTime(j.anchors, c.tFrom) : c.kmFrom };
}
