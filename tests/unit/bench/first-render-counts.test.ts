// Tests for bench/lib/first-render-counts.ts: what came before the first full map render is counted, that frame included, and nothing after it.
import { describe, expect, it } from 'vitest';
import { countsBefore, type FirstRenderRecord } from '../../../bench/lib/first-render-counts';

const record: FirstRenderRecord = {
	frames: [
		{ t: 100, draws: 10 },
		{ t: 400, draws: 79 },
		{ t: 900, draws: 141 },
		{ t: 1200, draws: 141 }
	],
	programs: [
		{ t: 350, ms: 120 },
		{ t: 380, ms: 4 },
		{ t: 1100, ms: 9 }
	],
	fonts: [
		{ url: '/fonts/a.woff2', t: 300 },
		{ url: '/fonts/b.woff2', t: 310 },
		{ url: '/fonts/a.woff2', t: 800 },
		{ url: '/fonts/b.woff2', t: 1300 }
	]
};

describe('countsBefore', () => {
	it('counts the frames, draws, programs and font fetches up to the first full render, that frame included', () => {
		expect(countsBefore(record, 900)).toEqual({ frames: 3, draws: 230, lastFrameDraws: 141, programs: 2, programMs: 124, fontFetches: 3, fontRefetches: 1 });
	});

	it('leaves out what came after it', () => {
		expect(countsBefore(record, 399)).toEqual({ frames: 1, draws: 10, lastFrameDraws: 10, programs: 2, programMs: 124, fontFetches: 2, fontRefetches: 0 });
	});

	it('gives zeros before anything was drawn', () => {
		expect(countsBefore(record, 0)).toEqual({ frames: 0, draws: 0, lastFrameDraws: 0, programs: 0, programMs: 0, fontFetches: 0, fontRefetches: 0 });
	});

	it('refuses a render time that is not a number', () => {
		expect(() => countsBefore(record, Number.NaN)).toThrow(/renderMs/);
	});
});
