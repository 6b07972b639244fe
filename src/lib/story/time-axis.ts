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

/** Where the scale changes, for the axis's break marks: the x of each change and the side (-1 left, 1 right) whose years are compressed. */
export const BREAKS: { x: number; compressed: -1 | 1 }[] = SEGMENTS.slice(1).map(([a, b, x0, x1], i) => {
	const [pa, pb, px0, px1] = SEGMENTS[i]!;
	return { x: x0, compressed: (px1 - px0) / (pb - pa) < (x1 - x0) / (b - a) ? -1 : 1 };
});

export interface Tick {
	x: number;
	/** The moment the tick marks (the first of a year or a month, UTC); i18n/format names it. */
	t: number;
	unit: 'year' | 'month' | 'month-year';
	major: boolean;
	/**
	 * Which labels give way first where there is no room for all: 0 for the axis's first and last (always labelled),
	 * 1 for January 1950 (the winter of the visit), 2 for the other years, 3 for the other months.
	 */
	rank: number;
}

/** Years across the compressed years, months across the expanded winter, and October 1950 (Korea) at the end. */
export function ticks(): Tick[] {
	const out: Tick[] = [];
	for (let y = 1946; y <= 1949; y++) out.push({ x: xOfTime(Date.UTC(y, 0, 1)), t: Date.UTC(y, 0, 1), unit: 'year', major: true, rank: y === 1946 ? 0 : 2 });
	for (const [y, m] of [[1949, 11], [1950, 0], [1950, 1], [1950, 2], [1950, 3]] as const) {
		const t = Date.UTC(y, m, 1);
		out.push({ x: xOfTime(t), t, unit: m === 0 ? 'month-year' : 'month', major: m === 0, rank: m === 0 ? 1 : 3 });
	}
	const oct = Date.UTC(1950, 9, 1);
	out.push({ x: xOfTime(oct), t: oct, unit: 'month-year', major: false, rank: 0 });
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
