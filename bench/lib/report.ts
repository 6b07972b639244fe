// Medians with their range, ratios, and plain-text tables for the comparison bench.

export interface Summary {
	n: number;
	median: number;
	min: number;
	max: number;
}

export function summarize(values: readonly (number | null | undefined)[]): Summary | null {
	const xs = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (!xs.length) return null;
	const mid = xs.length >> 1;
	const median = xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
	return { n: xs.length, median, min: xs[0]!, max: xs[xs.length - 1]! };
}

const num = (x: number, digits: number) => x.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** "59.0 [58.1–59.9]"; one value alone when all runs agree; "–" without data. */
export function fmt(s: Summary | null, digits = 1): string {
	if (!s) return '–';
	const m = num(s.median, digits);
	const lo = num(s.min, digits);
	const hi = num(s.max, digits);
	return lo === hi ? m : `${m} [${lo}–${hi}]`;
}

/** Ratio of medians, a/b, or null when either is missing (or b is 0 and a is not). */
export function ratio(a: Summary | null, b: Summary | null): number | null {
	if (!a || !b) return null;
	if (b.median === 0) return a.median === 0 ? 1 : null;
	return a.median / b.median;
}

export const fmtRatio = (r: number | null) => (r === null ? '–' : `${r.toFixed(2)}×`);

/** A table with a header row, columns padded to their widest cell; the first column left-aligned, the rest right-aligned. */
export function table(header: string[], rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
