// Pure: which of an axis's tick labels to show, and where, from their measured widths, so that none overlaps another and none sticks out of the box.

export interface TickLabel {
	/** The tick's position, in px, in the same coordinates as `start` and `end`. */
	x: number;
	/** The label's measured width in px. */
	width: number;
	/** Lower ranks are placed first and never give way to higher ones (0: the axis's ends; then the labels that may be left out). */
	rank: number;
}

export interface LabelOptions {
	/** Where labels may begin and must end, in px: the box they have to stay inside. */
	start: number;
	end: number;
	/** The least space between two labels, in px. */
	gap?: number;
}

/**
 * The left edge of each label, in px, or null for a label left out. A label is centred on its tick and
 * slid inwards where that would cross `start` or `end` (it still covers its tick); labels are taken
 * by rank, then from left to right, and one that would come within `gap` of a label already taken
 * is left out, as is one wider than the box.
 * @example
 * placeLabels([{ x: 5, width: 30, rank: 0 }, { x: 20, width: 30, rank: 1 }, { x: 95, width: 30, rank: 0 }], { start: 0, end: 100 })
 * // [0, null, 70]
 */
export function placeLabels(labels: readonly TickLabel[], { start, end, gap = 6 }: LabelOptions): (number | null)[] {
	if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) throw new RangeError(`placeLabels: the box must run forwards, got start ${start} and end ${end}`);
	if (!(gap >= 0)) throw new RangeError(`placeLabels: gap must be a number ≥ 0, got ${gap}`);
	for (const [i, l] of labels.entries()) {
		if (!Number.isFinite(l.x) || !(l.width >= 0) || !Number.isFinite(l.rank)) throw new RangeError(`placeLabels: label ${i} needs a finite x, a width ≥ 0 and a rank, got ${JSON.stringify(l)}`);
	}
	const out: (number | null)[] = labels.map(() => null);
	const taken: [number, number][] = [];
	const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.rank - labels[b]!.rank || labels[a]!.x - labels[b]!.x);
	for (const i of order) {
		const { x, width } = labels[i]!;
		if (width === 0 || width > end - start) continue;
		const left = Math.min(Math.max(x - width / 2, start), end - width);
		const right = left + width;
		if (taken.some(([l, r]) => left < r + gap && right + gap > l)) continue;
		taken.push([left, right]);
		out[i] = left;
	}
	return out;
}
