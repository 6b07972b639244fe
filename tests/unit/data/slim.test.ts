// Tests for data/slim: the browser's copy of the geodata builds the same story as the full one, at a fraction of the size.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { loadGeodata } from '../../../src/lib/data/load-geodata';
import { slimGeodata } from '../../../src/lib/data/slim';
import { buildStory } from '../../../src/lib/content/build';
import { scene } from '../../../src/lib/story/scene';
import { chapters, viewport } from '../story/fixture';

const { geodata } = loadGeodata('geodata');
const gz = (x: unknown) => gzipSync(JSON.stringify(x)).length;

describe('slimGeodata', () => {
	it('is at most half the size of the full compiled data', () => {
		expect(gz(slimGeodata(geodata!))).toBeLessThan(gz(geodata) / 2);
	});
	it('keeps the labelled events and nothing the map does not show', () => {
		const slim = slimGeodata(geodata!);
		expect(slim.events.length).toBe(geodata!.events.filter((e) => e.label).length);
		expect(JSON.stringify(slim)).not.toMatch(/"(sources|basis|arriveText|departText|summary|alternatives)":/);
	});
	it('gives the same scenes as the full data, to a metre', () => {
		const mini = loadGeodata('tests/fixtures/geodata-mini').geodata!;
		const full = buildStory(mini, chapters);
		const slim = buildStory(slimGeodata(mini), chapters);
		for (const [index, progress] of [[1, 0.3], [2, 0.7], [3, 0.95]] as const) {
			const a = scene(full, { index, progress }, viewport);
			const b = scene(slim, { index, progress }, viewport);
			expect(b.readout).toMatchObject({ dateIso: a.readout!.dateIso, at: a.readout!.at });
			expect(Math.abs(b.readout!.km - a.readout!.km)).toBeLessThan(0.01);
		}
	});
});
