// Pure: the story's date axis, 1945 to late 1950, with December 1949 – March 1950 (Mao in the USSR) expanded; maps dates to 0..1 and back.

/** Piecewise-linear segments: [start date, end date, start x, end x]. */
const SEGMENTS: [number, number, number, number][] = [
	[Date.UTC(1945, 7, 1), Date.UTC(1949, 11, 1), 0, 0.3],
	[Date.UTC(1949, 11, 1), Date.UTC(1950, 3, 1), 0.3, 0.88],
	[Date.UTC(1950, 3, 1), Date.UTC(1950, 10, 1), 0.88, 1]
];

export const AXIS_START = SEGMENTS[0]![0];
export const AXIS_END = SEGMENTS[SEGMENTS.length - 1]![1];

export function xOfTime(t: number): number {
	if (t <= AXIS_START) return 0;
	if (t >= AXIS_END) return 1;
	const [a, b, x0, x1] = SEGMENTS.find(([a, b]) => t >= a && t < b)!;
	return x0 + ((t - a) / (b - a)) * (x1 - x0);
}

export function timeOfX(x: number): number {
	if (x <= 0) return AXIS_START;
	if (x >= 1) return AXIS_END;
	const [a, b, x0, x1] = SEGMENTS.find(([, , x0, x1]) => x >= x0 && x < x1)!;
	return a + ((x - x0) / (x1 - x0)) * (b - a);
}

export interface Tick {
	x: number;
	/** The moment the tick marks (the first of a year or a month, UTC); i18n/format names it. */
	t: number;
	unit: 'year' | 'month' | 'month-year';
	major: boolean;
	/** Labelled even on a narrow screen. */
	keep: boolean;
}

/** Years across the compressed years, months across the expanded winter. */
export function ticks(): Tick[] {
	const out: Tick[] = [];
	for (let y = 1946; y <= 1949; y++) out.push({ x: xOfTime(Date.UTC(y, 0, 1)), t: Date.UTC(y, 0, 1), unit: 'year', major: true, keep: y === 1946 });
	for (const [y, m] of [[1949, 11], [1950, 0], [1950, 1], [1950, 2], [1950, 3]] as const) {
		const t = Date.UTC(y, m, 1);
		out.push({ x: xOfTime(t), t, unit: m === 0 ? 'month-year' : 'month', major: m === 0, keep: m === 0 });
	}
	const oct = Date.UTC(1950, 9, 1);
	out.push({ x: xOfTime(oct), t: oct, unit: 'month-year', major: false, keep: false });
	return out;
}

/** Lanes for spans so that overlapping ones do not cover each other. */
export function lanes<T extends { x0: number; x1: number }>(spans: T[], gap = 0.004): (T & { lane: number })[] {
	const ends: number[] = [];
	return [...spans]
		.sort((a, b) => a.x0 - b.x0)
		.map((s) => {
			let lane = ends.findIndex((e) => e + gap <= s.x0);
			if (lane < 0) lane = ends.push(0) - 1;
			ends[lane] = s.x1;
			return { ...s, lane };
		});
}
