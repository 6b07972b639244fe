// The bench's summaries: median [min–max] and ratios of medians.
import { describe, expect, it } from 'vitest';
import { fmt, fmtRatio, ratio, summarize, table } from '../../../bench/lib/report';

describe('bench report', () => {
	it('summarizes finite values only, with the median of an even count averaged', () => {
		expect(summarize([3, 1, 2])).toEqual({ n: 3, median: 2, min: 1, max: 3 });
		expect(summarize([4, 1, NaN, null, 2, 3])).toEqual({ n: 4, median: 2.5, min: 1, max: 4 });
		expect(summarize([null, undefined])).toBeNull();
	});

	it('formats a median with its range, and ratios of medians', () => {
		expect(fmt(summarize([59, 58.1, 59.9]), 1)).toBe('59.0 [58.1–59.9]');
		expect(fmt(summarize([1519, 1519]), 0)).toBe('1,519');
		expect(fmt(null)).toBe('–');
		expect(ratio(summarize([3]), summarize([2]))).toBe(1.5);
		expect(ratio(summarize([0]), summarize([0]))).toBe(1);
		expect(ratio(summarize([1]), summarize([0]))).toBeNull();
		expect(fmtRatio(0.5)).toBe('0.50×');
	});

	it('pads table columns', () => {
		expect(table(['a', 'bb'], [['xxx', '1']]).split('\n')).toEqual(['a   | bb', '----|---', 'xxx |  1']);
	});
});
