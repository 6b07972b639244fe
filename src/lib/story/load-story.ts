// Client side: fetches the compiled geodata (its own chunk, so the text paints first) and builds the Story for the given chapters.
import type { Geodata } from '../data/types';
import type { ChapterContent } from './chapter';
import { buildStory } from './build';
import type { Story } from './scene';

export async function loadStory(chapters: readonly ChapterContent[]): Promise<Story> {
	const { default: geodata } = await import('$lib/generated/geodata.json');
	// The JSON's inferred type widens literals (modes, certainties); it was validated and typed at build time.
	return buildStory(geodata as unknown as Geodata, chapters);
}
