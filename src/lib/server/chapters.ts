// Server/build-time only: the chapter content files, parsed with their citations against the bibliography.
import { parseChapters } from '$lib/content/parse';
import type { ChapterContent } from '$lib/content/format';
import geodata from '$lib/data/compiled';

const files = import.meta.glob('/src/content/en/chapters/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

let cached: ChapterContent[] | undefined;

export function loadChapters(): ChapterContent[] {
	cached ??= parseChapters(
		Object.fromEntries(Object.entries(files).map(([k, v]) => [k.slice(1), v])),
		new Map(geodata.sources.map((s) => [s.id, s]))
	);
	return cached;
}
