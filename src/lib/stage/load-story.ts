// Client side: fetches the slim geodata (its own chunk, so the text paints first) and builds the Story for the given chapters.
import type { ChapterMeta } from '../content/format';
import { buildStory } from '../content/build';
import type { Story } from '../story/scene';

export async function loadStory(chapters: readonly ChapterMeta[]): Promise<Story> {
	const { default: geodata } = await import('../data/story-data');
	return buildStory(geodata, chapters);
}
