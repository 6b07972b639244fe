// Static route maps from the real geodata, chapters and basemap: well-formed, on target, small and deterministic.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadGeodata } from '../../../src/lib/data/load-geodata';
import { parseChapters } from '../../../src/lib/content/parse';
import { buildStory } from '../../../src/lib/content/build';
import type { ChapterContent } from '../../../src/lib/content/format';
import type { Geodata } from '../../../src/lib/data/types';
import type { Story } from '../../../src/lib/story/scene';
import { buildBasemap } from '../../../scripts/basemap';
import { basemapSymbol, chapterMapSvg, staticProjection, unitLabelsOf, STATIC_MAP_HEIGHT as H, STATIC_MAP_WIDTH as W, type Basemap } from '../../../src/lib/static-map/svg-map';

const CHAPTERS_DIR = 'src/content/en/chapters';
let geodata: Geodata;
let chapters: ChapterContent[];
let basemap: Basemap;
let symbol: string;

const storyOf = (g: Geodata, cs: ChapterContent[]): Story => buildStory(g, cs);
const mapsOf = (story: Story) => story.chapters.map((c) => chapterMapSvg({ ...story, unitLabels: unitLabelsOf(basemap) }, c));

beforeAll(() => {
	const loaded = loadGeodata('geodata');
	if (!loaded.geodata) throw new Error(`geodata/ does not validate: ${JSON.stringify(loaded.issues.slice(0, 3))}`);
	geodata = loaded.geodata;
	const texts = Object.fromEntries(
		readdirSync(CHAPTERS_DIR)
			.filter((f) => f.endsWith('.md'))
			.map((f) => [join(CHAPTERS_DIR, f), readFileSync(join(CHAPTERS_DIR, f), 'utf8')])
	);
	chapters = parseChapters(texts, new Map(geodata.sources.map((s) => [s.id, s])));
	basemap = buildBasemap();
	symbol = basemapSymbol(basemap);
});

/** A small well-formedness check (no XML library in the project): tags nest, attributes are quoted and unique, entities known. Returns the root's name. */
function checkXml(s: string): string {
	const stack: string[] = [];
	let root = '';
	let i = 0;
	const entity = (at: number) => {
		const end = s.indexOf(';', at);
		const name = s.slice(at + 1, end);
		if (end < 0 || !['amp', 'lt', 'gt', 'quot', 'apos'].includes(name)) throw new Error(`bad entity at ${at}: ${s.slice(at, at + 12)}`);
	};
	const name = () => {
		const from = i;
		while (i < s.length && !' \t\n/>='.includes(s[i]!)) i++;
		if (i === from) throw new Error(`expected a name at ${from}`);
		return s.slice(from, i);
	};
	while (i < s.length) {
		if (s[i] === '&') entity(i);
		if (s[i] !== '<') {
			if (!stack.length && s[i]!.trim()) throw new Error(`text outside the root at ${i}`);
			i++;
			continue;
		}
		if (s.startsWith('</', i)) {
			i += 2;
			const n = name();
			if (stack.pop() !== n || s[i] !== '>') throw new Error(`unexpected </${n}> at ${i}`);
			i++;
			continue;
		}
		i++;
		const tag = name();
		if (!stack.length) {
			if (root) throw new Error('more than one root element');
			root = tag;
		}
		const attrs = new Set<string>();
		for (;;) {
			while (s[i] === ' ') i++;
			if (s.startsWith('/>', i)) {
				i += 2;
				break;
			}
			if (s[i] === '>') {
				i++;
				stack.push(tag);
				break;
			}
			const a = name();
			if (attrs.has(a)) throw new Error(`duplicate attribute ${a} on <${tag}>`);
			attrs.add(a);
			const q = s[i + 1];
			if (s[i] !== '=' || (q !== '"' && q !== "'")) throw new Error(`unquoted attribute ${a} on <${tag}>`);
			const end = s.indexOf(q, i + 2);
			for (let k = i + 2; k < end; k++) {
				if (s[k] === '<') throw new Error(`< inside attribute ${a}`);
				if (s[k] === '&') entity(k);
			}
			i = end + 1;
		}
	}
	if (stack.length) throw new Error(`unclosed <${stack.join('> <')}>`);
	return root;
}

/** The value of an attribute on the first element that has it (attributes are written with double quotes). */
function attr(s: string, name: string, from = 0): string {
	const at = s.indexOf(` ${name}="`, from);
	return at < 0 ? '' : s.slice(at + name.length + 3, s.indexOf('"', at + name.length + 3));
}

/** The d attribute of every path carrying `marker`. */
function pathsWith(s: string, marker: string): string[] {
	const out: string[] = [];
	for (let at = s.indexOf(marker); at >= 0; at = s.indexOf(marker, at + 1)) out.push(attr(s, 'd', at));
	return out;
}

/** Decodes the absolute-moveto, relative-lineto path data path-data.ts writes. */
function points(d: string): [number, number][] {
	const out: [number, number][] = [];
	const tokens = d.match(/[Mlz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
	let cmd = '';
	const nums: number[] = [];
	const flush = () => {
		for (let k = 0; k + 1 < nums.length; k += 2) {
			const last = out[out.length - 1];
			out.push(cmd === 'M' || !last ? [nums[k]!, nums[k + 1]!] : [last[0] + nums[k]!, last[1] + nums[k + 1]!]);
		}
		nums.length = 0;
	};
	for (const t of tokens) {
		if (t === 'M' || t === 'l' || t === 'z') {
			flush();
			cmd = t;
		} else nums.push(Number(t));
	}
	flush();
	return out;
}

type Box = [number, number, number, number];
const bbox = (pts: [number, number][]): Box =>
	pts.reduce<Box>(([a, b, c, d], [x, y]) => [Math.min(a, x), Math.min(b, y), Math.max(c, x), Math.max(d, y)], [Infinity, Infinity, -Infinity, -Infinity]);

describe('basemapSymbol', () => {
	it('is one well-formed group under 150 KB', () => {
		expect(checkXml(symbol)).toBe('g');
		expect(symbol.startsWith('<g id="static-basemap">')).toBe(true);
		console.log(`static basemap symbol: ${symbol.length} bytes`);
		expect(symbol.length).toBeLessThan(150_000);
	});

	it('holds the USSR and Mongolia where they were', () => {
		const p = staticProjection();
		const inside = (unit: string, lonLat: [number, number]) => {
			const [x0, y0, x1, y1] = bbox(points(attr(symbol, 'd', symbol.indexOf(`data-unit="${unit}"`))));
			const [x, y] = p(lonLat)!;
			return x > x0 && x < x1 && y > y0 && y < y1;
		};
		expect(inside('USSR', [37.6, 55.75])).toBe(true); // Moscow
		expect(inside('USSR', [104.3, 52.3])).toBe(true); // Irkutsk
		expect(inside('Mongolia', [106.9, 47.9])).toBe(true); // Ulaanbaatar
		expect(inside('Mongolia', [37.6, 55.75])).toBe(false);
	});
});

describe('chapterMapSvg', () => {
	it('gives every chapter a well-formed, labelled SVG of a few KB', () => {
		const story = storyOf(geodata, chapters);
		const maps = mapsOf(story);
		expect(maps).toHaveLength(chapters.length);
		for (const [k, svg] of maps.entries()) {
			expect(checkXml(svg)).toBe('svg');
			expect(attr(svg, 'viewBox')).toBe(`0 0 ${W} ${H}`);
			expect(attr(svg, 'role')).toBe('img');
			const label = attr(svg, 'aria-label');
			expect(label).toMatch(/^(Route map: .+'s? .+|Map of the region of the story), .+$/);
			expect(svg).toContain(`<title>${label}</title>`);
			expect(svg).toContain('href="#static-basemap"');
			console.log(`static map ${story.chapters[k]!.id}: ${svg.length} bytes`);
			expect(svg.length).toBeLessThan(16_000);
		}
	});

	it('describes the chapter in words, with the names of the time', () => {
		const story = storyOf(geodata, chapters);
		const maps = mapsOf(story);
		const at = (id: string) => maps[story.chapters.findIndex((c) => c.id === id)]!;
		expect(attr(at('manchuria'), 'aria-label')).toBe("Route map: Mao Zedong's train from Shanhaiguan to Otpor, 7–9 December 1949");
		expect(attr(at('eleven-days'), 'aria-label')).toBe("Route map: Mao Zedong's train from Beijing to Moscow, December 1949");
		expect(at('moscow')).toContain('>Molotov<');
		expect(at('moscow')).toContain('now Perm');
		expect(at('manchuria')).toContain('>Otpor<');
	});

	it('says "and back" for a round trip rather than "from Moscow to Moscow"', () => {
		const story = storyOf(geodata, chapters);
		const maps = mapsOf(story);
		const labels = maps.map((m) => attr(m, 'aria-label'));
		expect(labels.filter((l) => /from (\S[^,]*) to \1,/.test(l))).toEqual([]);
	});

	it('draws each chapter stretch, non-empty and inside the viewBox', () => {
		const story = storyOf(geodata, chapters);
		for (const [k, svg] of mapsOf(story).entries()) {
			const c = story.chapters[k]!;
			const overview = c.camera.mode === 'fit' && c.camera.extent === 'journey';
			// A chapter with no distance to cover (a dwell) has no stretch to draw.
			if (!c.journey || (c.kmTo - c.kmFrom < 0.5 && !overview)) continue;
			const pts = pathsWith(svg, 'data-part="stretch"').flatMap(points);
			expect(pts.length, story.chapters[k]!.id).toBeGreaterThanOrEqual(2);
			for (const [x, y] of pts) {
				expect(x).toBeGreaterThanOrEqual(-0.5);
				expect(x).toBeLessThanOrEqual(W + 0.5);
				expect(y).toBeGreaterThanOrEqual(-0.5);
				expect(y).toBeLessThanOrEqual(H + 0.5);
			}
		}
	});

	it('marks the events a chapter has reached, where the live map shows them (a city view), with their labels', () => {
		const story = storyOf(geodata, chapters);
		const maps = mapsOf(story);
		const withEvents = story.chapters.filter((_, k) => maps[k]!.includes('data-part="event"'));
		expect(withEvents.length, 'some chapter is close enough to show its events').toBeGreaterThan(0);
		for (const c of withEvents) {
			const svg = maps[story.chapters.indexOf(c)]!;
			const reached = story.events.filter((e) => e.collection === c.journey);
			expect(reached.length, c.id).toBeGreaterThan(0);
			// At least one reached event's label is written out on the map.
			expect(reached.some((e) => svg.includes(`>${e.label}<`)), c.id).toBe(true);
		}
		// Whole-journey and country views show none, as the live map does below its event zoom.
		const overview = story.chapters.findIndex((c) => c.camera.mode === 'fit' && c.camera.extent === 'journey');
		expect(maps[overview]!).not.toContain('data-part="event"');
	});

	it('names a place once, even when a round trip starts and ends there', () => {
		const story = storyOf(geodata, chapters);
		for (const [k, svg] of mapsOf(story).entries()) {
			const texts = [...svg.matchAll(/<text [^>]*>([^<]+)/g)].map((m) => m[1]!);
			expect(texts.filter((t, i) => texts.indexOf(t) !== i), story.chapters[k]!.id).toEqual([]);
		}
	});

	it('is deterministic', () => {
		expect(basemapSymbol(basemap)).toBe(symbol);
		expect(mapsOf(storyOf(geodata, chapters))).toEqual(mapsOf(storyOf(geodata, chapters)));
	});

	it('dashes inferred legs', () => {
		const g: Geodata = structuredClone(geodata);
		for (const leg of g.journeys.find((j) => j.id === 'mao-outbound')!.legs) leg.certainty = 'inferred';
		const story = storyOf(g, chapters);
		const maps = mapsOf(story);
		maps.forEach((svg, k) => {
			if (story.chapters[k]!.journey === 'mao-outbound') expect(pathsWith(svg, 'data-inferred=""').length, story.chapters[k]!.id).toBeGreaterThan(0);
		});
		const real = storyOf(geodata, chapters);
		expect(mapsOf(real).some((svg, k) => real.chapters[k]!.journey === 'mao-outbound' && svg.includes('data-inferred'))).toBe(false);
	});

	it('frames chapters without a journey, and fixed cameras around their centre', () => {
		const base = chapters.find((c) => c.id === 'eleven-days')!;
		const extra: ChapterContent[] = [
			{ ...base, id: 'no-journey', journey: undefined, from: undefined, to: undefined, camera: { mode: 'fit', maxZoom: 5, extent: 'stretch' } },
			{ ...base, id: 'fixed', camera: { mode: 'fixed', center: [104.3, 52.3], zoom: 5, pitch: 0, bearing: 0 } }
		];
		const story = storyOf(geodata, [...chapters, ...extra]);
		const [none, fixed] = mapsOf(story).slice(-2) as [string, string];
		expect(checkXml(none)).toBe('svg');
		expect(none).not.toContain('data-part');
		expect(attr(none, 'aria-label')).toBe('Map of the region of the story, December 1949');
		const [k, , , , tx, ty] = attr(fixed, 'transform').slice('matrix('.length, -1).split(' ').map(Number) as number[];
		const [x, y] = staticProjection()([104.3, 52.3])!;
		expect(x * k! + tx!).toBeCloseTo(W / 2, 0);
		expect(y * k! + ty!).toBeCloseTo(H / 2, 0);
	});
});
