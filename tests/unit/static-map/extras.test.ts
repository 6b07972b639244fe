// Static maps with the tiers: the symbol carries the rivers, chapter maps name rivers and context features, and Moscow's chapters show the city plan at city scale.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadGeodata } from '../../../src/lib/data/load-geodata';
import { parseChapters } from '../../../src/lib/content/parse';
import { buildStory } from '../../../src/lib/content/build';
import type { Story } from '../../../src/lib/story/scene';
import { buildCity, buildDetail } from '../../../scripts/basemap-tiers';
import { CITY_PLANS } from '../../../src/lib/data/basemap-files';
import { basemapSymbol, chapterMapSvg, type Basemap } from '../../../src/lib/static-map/svg-map';
import type { StaticExtras, TierCollection } from '../../../src/lib/static-map/extras';

let story: Story;
let detail: TierCollection;
let extras: StaticExtras;
const map = (id: string) => chapterMapSvg({ ...story, extras }, story.chapters.find((c) => c.id === id)!);

beforeAll(() => {
	const { geodata } = loadGeodata('geodata');
	const dir = 'src/content/en/chapters';
	const texts = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => [join(dir, f), readFileSync(join(dir, f), 'utf8')]));
	story = buildStory(geodata!, parseChapters(texts, new Map(geodata!.sources.map((s) => [s.id, s]))));
	detail = buildDetail() as TierCollection;
	extras = { detail, cities: CITY_PLANS.map((c) => ({ id: c.id, bounds: c.bounds, minzoom: c.minzoom, plan: buildCity(c.id) as TierCollection })) };
}, 60_000);

describe('the basemap symbol from the detail tier', () => {
	it('draws the rivers and stays under 150 KB', () => {
		const symbol = basemapSymbol(detail as unknown as Basemap);
		console.log(`static basemap symbol from the detail tier: ${symbol.length} bytes`);
		expect(symbol).toContain('data-part="rivers"');
		expect(symbol).not.toContain('data-unit="undefined"');
		expect(symbol.length).toBeLessThan(150_000);
	});
});

describe('chapter maps with the tiers', () => {
	it('name the rivers and the lake along Baikal', () => {
		const svg = map('baikal');
		expect(svg).toMatch(/>Lake Baikal<|>Angara<|>Selenga</);
	});

	it('name Korea and the 38th parallel in the Korea coda', () => {
		const svg = map('korea');
		expect(svg).toContain('>KOREA<');
		expect(svg).toMatch(/>Yalu<|>38th parallel</);
	});

	it('draw the Moscow plan at city scale for the Moscow weeks, and no plan on regional maps', () => {
		const svg = map('first-meeting');
		expect(svg).toContain('data-city="moscow"');
		expect(svg).toContain('data-part="city-river"');
		expect(svg).toContain('data-part="city-ring"');
		expect(map('departure')).not.toContain('data-city');
	});

	it('stay small', () => {
		for (const c of story.chapters) expect(chapterMapSvg({ ...story, extras }, c).length, c.id).toBeLessThan(20_000);
	});
});

describe('chapter maps in Chinese', () => {
	it('set no Chinese text in italics: not the water names, not a renamed place’s second line', () => {
		const italic = /<(g|tspan)\b[^>]*font-style="italic"[^>]*>(.*?)<\/\1>/gs;
		for (const c of story.chapters) {
			const svg = chapterMapSvg({ ...story, extras, lang: 'zh' }, c);
			const slanted = [...svg.matchAll(italic)].map((m) => m[2]!.replace(/<[^>]*>/g, ' ')).filter((t) => /\p{Script=Han}/u.test(t));
			expect(slanted, c.id).toEqual([]);
		}
	});
});
