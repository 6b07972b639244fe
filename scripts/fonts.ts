// Picks the Noto Sans (Latin, Cyrillic) and Noto Sans SC (only the subsets our labels use) woff2 files and writes the style's font-faces map.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontFacesSpecification, MLFontFace } from 'maplibre-gl';
import { FONT_BOLD, FONT_REGULAR } from '../src/lib/map/style.ts';

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

export type FontFile = { from: string; name: string; bytes: number };
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

/**
 * The font-faces map for MapLibre and the files it points at. Latin, Latin Extended and Cyrillic are
 * always there; of the ~100 Chinese subsets only those holding a character of `characters`.
 * `uncovered` lists characters no shipped file draws (they fall back to the reader's system fonts).
 */
export function buildFontFaces(characters: string, urlBase = FONT_URL_BASE): { fontFaces: FontFacesSpecification; files: FontFile[]; uncovered: string[] } {
	const codepoints = [...new Set([...characters].map((c) => c.codePointAt(0) ?? 0))].filter((cp) => cp > 0x20);
	const fontFaces: Record<string, MLFontFace[]> = {};
	const files = new Map<string, FontFile>();
	const covered = new Set<number>();

	for (const [fontName, weight] of WEIGHTS) {
		const subset = (f: CssFace) => LATIN_SUBSETS.findIndex((s) => basename(f.file) === `noto-sans-${s}-${weight}-normal.woff2`);
		const latin = parseCss('@fontsource/noto-sans', weight)
			.filter((f) => subset(f) >= 0)
			.sort((a, b) => subset(a) - subset(b));
		const cjk = parseCss('@fontsource/noto-sans-sc', weight).filter((f) => /noto-sans-sc-\d+-/.test(basename(f.file)));
		const chosen = [...latin, ...cjk.filter((f) => codepoints.some((cp) => covers(f.ranges, cp)))];
		// Order matters: MapLibre takes the first declared file covering a character, so the small Latin file wins over Latin Extended and Noto Sans over the CJK subsets.
		fontFaces[fontName] = chosen.map((f) => ({ url: `${urlBase}${basename(f.file)}`, 'unicode-range': f.ranges }));
		for (const f of chosen) {
			files.set(f.file, { from: f.file, name: basename(f.file), bytes: statSync(f.file).size });
			for (const cp of codepoints) if (covers(f.ranges, cp)) covered.add(cp);
		}
	}
	const uncovered = codepoints.filter((cp) => !covered.has(cp)).map((cp) => String.fromCodePoint(cp));
	return { fontFaces, files: [...files.values()], uncovered };
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

/** Copies the files into static/ (emptying the folder first, so dropped subsets do not linger) and writes the JSON map. */
export function writeFonts(characters: string): ReturnType<typeof buildFontFaces> {
	const result = buildFontFaces(characters);
	const outDir = join(repoRoot, 'static/generated/fonts');
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	for (const f of result.files) copyFileSync(f.from, join(outDir, f.name));
	// The SIL Open Font License asks that the licence travel with the fonts.
	copyFileSync(require.resolve('@fontsource/noto-sans/LICENSE'), join(outDir, 'OFL-noto-sans.txt'));
	copyFileSync(require.resolve('@fontsource/noto-sans-sc/LICENSE'), join(outDir, 'OFL-noto-sans-sc.txt'));
	mkdirSync(join(repoRoot, 'src/lib/generated'), { recursive: true });
	writeFileSync(join(repoRoot, 'src/lib/generated/font-faces.json'), JSON.stringify(result.fontFaces, null, '\t') + '\n');
	return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const { files, uncovered } = writeFonts(gazetteerText() + basemapNamesText() + process.argv.slice(2).join(' '));
	const kb = files.reduce((s, f) => s + f.bytes, 0) / 1024;
	const cjk = files.filter((f) => f.name.startsWith('noto-sans-sc-')).length;
	console.log(`fonts: ${files.length} files (${cjk} Chinese subsets over both weights), ${kb.toFixed(0)} KB -> static/generated/fonts/`);
	if (uncovered.length) console.warn(`fonts: no shipped file covers ${JSON.stringify(uncovered.join(''))}; those fall back to system fonts`);
}
