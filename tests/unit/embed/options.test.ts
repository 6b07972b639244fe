// URL options: valid values are taken, anything else falls back to the default; the snippet and address the Embed button gives.
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, isIsoDate, parseOptions } from '../../../src/lib/embed/options';
import { embedSnippet, embedUrl } from '../../../src/lib/embed/snippet';
import { scrollProgress } from '../../../src/lib/embed/scroll-progress';

describe('parseOptions', () => {
	it('has defaults', () => {
		expect(parseOptions('')).toEqual(DEFAULT_OPTIONS);
		expect(DEFAULT_OPTIONS).toEqual({ chapter: null, from: null, to: null, lang: 'en', autoplay: false, controls: true, childId: null });
	});

	it.each([
		['?chapter=baikal', { chapter: 'baikal' }],
		['?chapter=Baikal', { chapter: null }],
		['?chapter=%3Cscript%3E', { chapter: null }],
		['?from=1949-12-08&to=1949-12-12', { from: '1949-12-08', to: '1949-12-12' }],
		['?from=1949-12-12&to=1949-12-08', { from: '1949-12-12', to: null }],
		['?from=1949-02-30', { from: null }],
		['?from=8 Dec 1949', { from: null }],
		['?to=1949-12-08T12:00', { to: null }],
		['?lang=zh', { lang: 'zh' }],
		['?lang=ru', { lang: 'ru' }],
		['?lang=fr', { lang: 'en' }],
		['?autoplay', { autoplay: true }],
		['?autoplay=1', { autoplay: true }],
		['?autoplay=true', { autoplay: true }],
		['?autoplay=maybe', { autoplay: false }],
		['?controls=0', { controls: false }],
		['?controls=false', { controls: false }],
		['?controls=no', { controls: false }],
		['?controls=1', { controls: true }],
		['?controls=off', { controls: true }],
		['?childId=treaty-road-1', { childId: 'treaty-road-1' }],
		['?childId=a%20b', { childId: null }],
		['?initialWidth=640&childId=pym-0-x1y2z&parentTitle=News&parentUrl=https%3A%2F%2Fexample.org', { childId: 'pym-0-x1y2z' }]
	])('%s', (search, expected) => {
		expect(parseOptions(search)).toEqual({ ...DEFAULT_OPTIONS, ...expected });
	});

	it('reads URLSearchParams too', () => {
		expect(parseOptions(new URLSearchParams({ chapter: 'moscow', controls: '0' }))).toMatchObject({ chapter: 'moscow', controls: false });
	});

	it('checks calendar dates', () => {
		expect(isIsoDate('1950-02-14')).toBe(true);
		expect(isIsoDate('1949-02-29')).toBe(false);
		expect(isIsoDate('1948-02-29')).toBe(true);
		expect(isIsoDate('1949-13-01')).toBe(false);
	});
});

describe('embed snippet', () => {
	it('is a div and the host script, with the chapter when there is one', () => {
		expect(embedSnippet('https://example.org/treaty', 'mao-outbound', 'baikal')).toBe(
			'<div data-journey="mao-outbound" data-chapter="baikal"></div>\n<script async src="https://example.org/treaty/embed.js"></script>'
		);
		expect(embedSnippet('http://127.0.0.1:4173', 'return-1950')).toBe('<div data-journey="return-1950"></div>\n<script async src="http://127.0.0.1:4173/embed.js"></script>');
	});

	it('escapes what it puts in attributes', () => {
		expect(embedSnippet('https://x.org/"a"', 'j', 'c')).toContain('src="https://x.org/&quot;a&quot;/embed.js"');
	});

	it('gives the plain iframe address', () => {
		expect(embedUrl('https://example.org', 'mao-outbound', 'baikal')).toBe('https://example.org/embed/mao-outbound/?chapter=baikal');
		expect(embedUrl('https://example.org', 'mao-outbound')).toBe('https://example.org/embed/mao-outbound/');
	});
});

describe('scrollProgress', () => {
	it.each([
		// A 480 px frame in an 800 px viewport: plays from its bottom entering (top 320) to its top reaching 0.
		[800, 900, 480, 0],
		[800, 320, 480, 0],
		[800, 160, 480, 0.5],
		[800, 0, 480, 1],
		[800, -200, 480, 1],
		// A 2400 px sticky section: plays from its top at 0 to its bottom at the viewport's bottom (top -1600).
		[800, 100, 2400, 0],
		[800, 0, 2400, 0],
		[800, -800, 2400, 0.5],
		[800, -1600, 2400, 1],
		// As tall as the viewport: before or after.
		[800, 10, 800, 0],
		[800, 0, 800, 1]
	])('viewport %i, top %i, height %i → %d', (vh, top, h, expected) => {
		expect(scrollProgress(vh, top, h)).toBeCloseTo(expected, 6);
	});
});
