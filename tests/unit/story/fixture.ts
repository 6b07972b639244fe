// Shared test fixture: a Story built from tests/fixtures/geodata-mini and three inline chapters.
import { loadGeodata } from '../../../src/lib/data/load-geodata';
import { buildStory } from '../../../src/lib/content/build';
import type { ChapterContent } from '../../../src/lib/content/format';
import type { Viewport } from '../../../src/lib/story/camera';

export const viewport: Viewport = { width: 1440, height: 900, padding: { top: 0, right: 0, bottom: 0, left: 480 } };

const base = { html: '<p>text</p>', scrub: 'distance' as const, file: 'test.md' };
export const chapters: ChapterContent[] = [
	{ ...base, id: 'intro', title: 'Intro', dates: '1949', camera: { mode: 'fixed', center: [100, 50], zoom: 3, bearing: 0, pitch: 0 } },
	{ ...base, id: 'first', title: 'First', dates: '6–7 Dec', journey: 'mini', from: 'a', to: 'b', camera: { mode: 'follow', zoom: 6, bearing: 0, pitch: 0 } },
	{ ...base, id: 'second', title: 'Second', dates: '7–8 Dec', journey: 'mini', from: 'b', to: 'c', camera: { mode: 'fit', maxZoom: 9, extent: 'stretch' } },
	{ ...base, id: 'by-time', title: 'By time', dates: '6–8 Dec', journey: 'mini', scrub: 'time', from: '1949-12-06T21:00+08:00', to: '1949-12-08T06:00+08:00', camera: { mode: 'fit', maxZoom: 9, extent: 'stretch' } }
];

export function miniStory() {
	const { geodata, issues } = loadGeodata('tests/fixtures/geodata-mini');
	if (!geodata) throw new Error(JSON.stringify(issues));
	return buildStory(geodata, chapters);
}
