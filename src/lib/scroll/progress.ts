// Pure: where the reader is, as (chapter index, progress 0..1 within it), from the scroll position and the chapters' offsets.

export interface ScrollPosition {
	index: number;
	progress: number;
}

/**
 * `tops[k]` is the document offset of chapter k's top, `end` the offset where the last chapter
 * ends; `line` is the reading line (scrollY + a fraction of the viewport height). A chapter runs
 * from its top to the next chapter's top.
 * @example positionAt([0, 1000, 2000], 3000, 1500) // { index: 1, progress: 0.5 }
 */
export function positionAt(tops: readonly number[], end: number, line: number): ScrollPosition {
	if (tops.length === 0) return { index: 0, progress: 0 };
	if (line <= tops[0]!) return { index: 0, progress: 0 };
	let k = 0;
	while (k + 1 < tops.length && tops[k + 1]! <= line) k++;
	const start = tops[k]!;
	const stop = k + 1 < tops.length ? tops[k + 1]! : end;
	const span = stop - start;
	const progress = span > 0 ? Math.min(1, Math.max(0, (line - start) / span)) : 1;
	return { index: k, progress };
}
