// Tests for scripts/fonts: the label fonts are cut to exactly the characters the labels use, Latin before Chinese, and every name of the map is covered.
import { describe, expect, it } from 'vitest';
import { basemapNamesText, buildFontFaces, fontFacesByEdition, subsetFonts, unicodeRange } from '../../../scripts/fonts';
import { FONT_BOLD, FONT_REGULAR } from '../../../src/lib/map/style';

describe('unicodeRange', () => {
	it('joins consecutive code points', () => {
		expect(unicodeRange([0x41, 0x42, 0x43, 0x4e2d, 0x5317, 0x5318])).toEqual(['U+41-43', 'U+4E2D', 'U+5317-5318']);
	});
});

describe('subsetFonts', () => {
	it('cuts each source font to the characters it is first to cover, so a few names cost a few kilobytes', async () => {
		const { files, uncovered } = await subsetFonts('Moscow Москва 北京 满洲里', 400, 'labels');
		expect(files.map((f) => f.name)).toEqual(['labels-400-latin.woff2', 'labels-400-cyrillic.woff2', 'labels-400-cjk.woff2']);
		expect(files.find((f) => f.name.endsWith('cjk.woff2'))!.range).toEqual(unicodeRange([...'北京满洲里'].map((c) => c.codePointAt(0)!)));
		expect(files.reduce((a, f) => a + f.bytes, 0)).toBeLessThan(20_000);
		expect(uncovered).toEqual([]);
	});
	it('grows with the characters, not with the fonts', async () => {
		const few = await subsetFonts('北京', 400, 'x');
		const more = await subsetFonts('北京 满洲里 莫斯科 斯大林 毛泽东 伊尔库茨克 贝加尔湖', 400, 'x');
		expect(more.files[0]!.bytes).toBeGreaterThan(few.files[0]!.bytes);
	});
});

describe('buildFontFaces', () => {
	it('declares Latin before Chinese so MapLibre draws Latin letters with Noto Sans', async () => {
		const faces = (await buildFontFaces('Beijing 北京')).fontFaces[FONT_REGULAR];
		const urls = Array.isArray(faces) ? faces.map((f) => f.url) : [];
		expect(urls[0]).toMatch(/labels-400-latin\.woff2$/);
		expect(urls.at(-1)).toMatch(/labels-400-cjk\.woff2$/);
	});
	it('covers every name of the rivers, context labels and city plans', async () => {
		const text = basemapNamesText();
		expect(text).toContain('叶尼塞河');
		expect(text).toContain('Садовое кольцо');
		expect((await buildFontFaces(text)).uncovered).toEqual([]);
	});
});

describe('fontFacesByEdition', () => {
	it("points the Chinese edition's regular Chinese labels at its body font's first file, and leaves the rest alone", async () => {
		const { fontFaces } = await buildFontFaces('Beijing 北京');
		const lead = (await subsetFonts('北京 满洲里', 400, 'body-zh-lead')).files;
		const by = fontFacesByEdition(fontFaces, lead);
		const urls = (faces: unknown) => (Array.isArray(faces) ? faces.map((f: { url: string }) => f.url) : []);
		expect(urls(by.zh[FONT_REGULAR]).at(-1)).toBe('/generated/fonts/body-zh-lead-400-cjk.woff2');
		expect(urls(by.zh[FONT_REGULAR]).slice(0, -1)).toEqual(urls(fontFaces[FONT_REGULAR]).slice(0, -1));
		expect(by.zh[FONT_BOLD]).toEqual(fontFaces[FONT_BOLD]);
		expect(by.en).toEqual(fontFaces);
		expect(by.ru).toEqual(fontFaces);
	});
});
