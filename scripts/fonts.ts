// Cuts Noto Sans (Latin, Cyrillic) and Noto Sans SC down at build time to the characters the map labels and each edition's text use, and writes the style's font-faces map and the editions' body fonts.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontFacesSpecification, MLFontFace } from 'maplibre-gl';
import subsetFont from 'subset-font';
import { FONT_BOLD, FONT_REGULAR } from '../src/lib/map/style.ts';
import { LANGS, type Lang } from '../src/lib/i18n/lang.ts';

/**
 * Where the site serves the files. Root-relative works: MapLibre downloads font-faces on the main
 * thread with fetch(), which resolves against the page. A site deployed under a sub-path must prefix
 * SvelteKit's `base` (pass urlBase, or rewrite the map at runtime).
 */
export const FONT_URL_BASE = '/generated/fonts/';
const LATIN_SUBSETS = ['latin', 'latin-ext', 'cyrillic'];
const WEIGHTS: Array<[name: string, weight: number]> = [
	[FONT_REGULAR, 400],
	[FONT_BOLD, 700]
];

type CssFace = { file: string; ranges: string[] };

const require = createRequire(import.meta.url);
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The @font-face rules of a @fontsource CSS file: woff2 file name and unicode-range. */
function parseCss(pkg: string, weight: number): CssFace[] {
	const dir = dirname(require.resolve(`${pkg}/package.json`));
	const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
	return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body = '']) => {
		const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
		return file && range ? [{ file: join(dir, 'files', file), ranges: range.split(',').map((r) => r.trim()) }] : [];
	});
}

function covers(ranges: string[], cp: number): boolean {
	return ranges.some((r) => {
		const m = /^U\+([0-9a-f]+)(?:-([0-9a-f]+))?$/i.exec(r);
		if (!m?.[1]) return false;
		const start = parseInt(m[1], 16);
		return cp >= start && cp <= (m[2] ? parseInt(m[2], 16) : start);
	});
}

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Code points as a CSS unicode-range list, consecutive ones joined: U+4E2D, U+5317-5318. */
export function unicodeRange(codepoints: readonly number[]): string[] {
	const sorted = [...new Set(codepoints)].sort((a, b) => a - b);
	const out: string[] = [];
	for (let i = 0; i < sorted.length; ) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
		const hex = (n: number) => n.toString(16).toUpperCase();
		out.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
		i = j + 1;
	}
	return out;
}

const codepointsOf = (text: string) => [...new Set([...text].map((c) => c.codePointAt(0) ?? 0))].filter((cp) => cp > 0x20);

/** The fonts a set of characters is drawn from, in order: Noto Sans's Latin, Latin Extended and Cyrillic files, then Noto Sans SC for the rest. */
function sourcesFor(weight: number): { name: string; file: string; ranges: string[] | null }[] {
	const latin = parseCss('@fontsource/noto-sans', weight);
	const pick = (subset: string) => latin.find((f) => basename(f.file) === `noto-sans-${subset}-${weight}-normal.woff2`)!;
	const sc = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
	return [
		...LATIN_SUBSETS.map((s) => ({ name: s, file: pick(s).file, ranges: pick(s).ranges })),
		// Noto Sans SC's whole file: what it can draw is the union of its @fontsource subsets' ranges.
		{ name: 'cjk', file: join(sc, 'files', `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`), ranges: parseCss('@fontsource/noto-sans-sc', weight).flatMap((f) => f.ranges) }
	];
}

export interface SubsetFile {
	name: string;
	bytes: number;
	data: Buffer;
	range: string[];
}

/** Each source font cut down to exactly the characters of `text` it is first to cover; `uncovered` lists what none draws. */
export async function subsetFonts(text: string, weight: number, prefix: string): Promise<{ files: SubsetFile[]; uncovered: string[] }> {
	const left = new Set(codepointsOf(text));
	const files: SubsetFile[] = [];
	for (const src of sourcesFor(weight)) {
		const mine = [...left].filter((cp) => !src.ranges || covers(src.ranges, cp));
		if (mine.length === 0) continue;
		for (const cp of mine) left.delete(cp);
		const data = await subsetFont(readFileSync(src.file), String.fromCodePoint(...mine), { targetFormat: 'woff2' });
		files.push({ name: `${prefix}-${weight}-${src.name}.woff2`, bytes: data.length, data, range: unicodeRange(mine) });
	}
	return { files, uncovered: [...left].map((cp) => String.fromCodePoint(cp)) };
}

/**
 * The font-faces map for MapLibre and the files it points at: for each weight the map labels use, one
 * small file per source font, holding only the characters the labels contain (MapLibre renders the
 * glyphs itself from them). `uncovered` lists characters no shipped file draws.
 */
export async function buildFontFaces(characters: string, urlBase = FONT_URL_BASE): Promise<{ fontFaces: FontFacesSpecification; files: SubsetFile[]; uncovered: string[] }> {
	const fontFaces: Record<string, MLFontFace[]> = {};
	const files: SubsetFile[] = [];
	const uncovered = new Set<string>();
	for (const [fontName, weight] of WEIGHTS) {
		const r = await subsetFonts(characters, weight, 'labels');
		fontFaces[fontName] = r.files.map((f) => ({ url: `${urlBase}${f.name}`, 'unicode-range': f.range }));
		files.push(...r.files);
		for (const c of r.uncovered) uncovered.add(c);
	}
	return { fontFaces, files, uncovered: [...uncovered] };
}

/** Every name in the gazetteer (all languages, period names too), so that any label the app shows is covered. */
export function gazetteerText(path = join(repoRoot, 'geodata/places.geojson')): string {
	if (!existsSync(path)) return '';
	const text: string[] = [];
	const collect = (v: unknown): void => {
		if (typeof v === 'string') text.push(v);
		else if (Array.isArray(v)) v.forEach(collect);
		else if (v && typeof v === 'object') Object.values(v).forEach(collect);
	};
	const fc = JSON.parse(readFileSync(path, 'utf8')) as { features?: Array<{ properties?: { names?: unknown; periodNames?: unknown } }> };
	for (const f of fc.features ?? []) collect([f.properties?.names, f.properties?.periodNames]);
	return text.join(' ');
}

/** Every name in the rivers, context labels and city plans (geodata/basemap, geodata/cities), in all three languages. */
export function basemapNamesText(dir = join(repoRoot, 'geodata')): string {
	const files = [join(dir, 'basemap/rivers.geojson'), join(dir, 'basemap/context.geojson'), ...(existsSync(join(dir, 'cities')) ? readdirSync(join(dir, 'cities')).filter((f) => f.endsWith('.geojson')).map((f) => join(dir, 'cities', f)) : [])];
	const text: string[] = [];
	for (const file of files.filter((f) => existsSync(f))) {
		const fc = JSON.parse(readFileSync(file, 'utf8')) as { city?: { names?: Record<string, string> }; features?: Array<{ properties?: { names?: Record<string, string> } }> };
		for (const names of [fc.city?.names, ...(fc.features ?? []).map((f) => f.properties?.names)]) if (names) text.push(...Object.values(names));
	}
	return text.join(' ');
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u;

/** One @font-face of an edition's body font: its file and the characters it holds. */
export interface BodyFace {
	file: string;
	range: string[];
}

/**
 * The body text of the Chinese and Russian editions: Noto Sans SC and Noto Sans (Cyrillic), cut to the characters each edition's text
 * uses, 400 only. The Chinese edition's glyphs come in two files of one family: what its opening screens use (`lead`), and the rest, which
 * a browser fetches only when it lays out a character of it (the chapter cards further down are skipped until near, content-visibility).
 */
export interface BodyFont {
	family: string;
	faces: BodyFace[];
}

/**
 * The map's font-faces for each edition. The Chinese edition's regular labels take their Chinese glyphs from its body font's first file
 * (which holds them all, and which its page has fetched already): one download instead of two.
 */
export function fontFacesByEdition(fontFaces: FontFacesSpecification, zhLead: readonly SubsetFile[], urlBase = FONT_URL_BASE): Record<Lang, FontFacesSpecification> {
	const lead = zhLead.find((f) => f.name.endsWith('-cjk.woff2'));
	const zh = Object.fromEntries(
		Object.entries(fontFaces).map(([name, faces]) => [
			name,
			name === FONT_REGULAR && lead && Array.isArray(faces) ? faces.map((f) => (f.url.endsWith('labels-400-cjk.woff2') ? { ...f, url: `${urlBase}${lead.name}` } : f)) : faces
		])
	) as FontFacesSpecification;
	return Object.fromEntries(LANGS.map((l) => [l, l === 'zh' ? zh : fontFaces])) as Record<Lang, FontFacesSpecification>;
}

/** Writes the label fonts and the editions' body fonts into static/generated/fonts (emptied first) and their maps into src/lib/generated. */
export async function writeFonts(characters: string, editions: { zh: string; zhLead?: string; ru: string; others?: string } = { zh: '', ru: '' }): Promise<{ files: SubsetFile[]; uncovered: string[] }> {
	const result = await buildFontFaces(characters);
	const outDir = join(repoRoot, 'static/generated/fonts');
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	const body: Record<string, BodyFont> = {};
	// Chinese glyphs for the Chinese edition, Cyrillic ones for the Russian: Latin text keeps the reader's own font.
	const only = (text: string, re: RegExp) => [...text].filter((c) => re.test(c)).join('');
	// The first file also holds every Chinese character of the map labels, so that the Chinese edition's map draws them from it
	// instead of fetching the labels' own Chinese file (fontFacesByEdition).
	const zhLead = only((editions.zhLead ?? editions.zh) + characters, CJK);
	const inLead = new Set(zhLead);
	const zh = await subsetFonts(zhLead, 400, 'body-zh-lead');
	const zhRest = await subsetFonts([...only(editions.zh, CJK)].filter((c) => !inLead.has(c)).join(''), 400, 'body-zh-rest');
	const ru = await subsetFonts(only(editions.ru, /[\u0400-\u04FF]/u), 400, 'body-ru');
	// The few Chinese words the English and Russian editions quote (an original, a name, 中文 in the switch): a file of their
	// own, so that a reader of those editions does not fetch the whole Chinese edition's glyphs for them.
	const quoted = await subsetFonts(only(editions.others ?? '', CJK), 400, 'body-zh-quoted');
	for (const [key, files, family] of [['zh', [...zh.files, ...zhRest.files], 'Treaty Body ZH'], ['ru', ru.files, 'Treaty Body RU'], ['zhQuoted', quoted.files, 'Treaty Body ZH Quoted']] as const) {
		if (files.length) body[key] = { family, faces: files.map((f) => ({ file: f.name, range: f.range })) };
	}
	const all = [...result.files, ...zh.files, ...zhRest.files, ...ru.files, ...quoted.files];
	for (const f of all) writeFileSync(join(outDir, f.name), f.data);
	// The SIL Open Font License asks that the licence travel with the fonts.
	copyFileSync(require.resolve('@fontsource/noto-sans/LICENSE'), join(outDir, 'OFL-noto-sans.txt'));
	copyFileSync(require.resolve('@fontsource/noto-sans-sc/LICENSE'), join(outDir, 'OFL-noto-sans-sc.txt'));
	mkdirSync(join(repoRoot, 'src/lib/generated'), { recursive: true });
	writeFileSync(join(repoRoot, 'src/lib/generated/font-faces.json'), JSON.stringify(fontFacesByEdition(result.fontFaces, zh.files), null, '\t') + '\n');
	writeFileSync(join(repoRoot, 'src/lib/generated/body-fonts.json'), JSON.stringify(body, null, '\t') + '\n');
	return { files: all, uncovered: result.uncovered };
}
