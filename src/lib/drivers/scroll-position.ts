// Pure: where the reader is, as a Position, from the scroll offset and the chapters' offsets — and the scroll offset that shows a Position.
import type { Position } from '../story/position';

/** The chapters' layout on the page: `tops[k]` is chapter k's document offset, `end` where the last one ends. */
export interface Layout {
	tops: readonly number[];
	end: number;
}

/**
 * `line` is the reading line (scrollY + a fraction of the viewport height). A chapter runs
 * from its top to the next chapter's top.
 * @example positionAt({ tops: [0, 1000, 2000], end: 3000 }, 1500) // { index: 1, progress: 0.5 }
 */
export function positionAt({ tops, end }: Layout, line: number): Position {
	if (tops.length === 0 || line <= tops[0]!) return { index: 0, progress: 0 };
	let k = 0;
	while (k + 1 < tops.length && tops[k + 1]! <= line) k++;
	const start = tops[k]!;
	const stop = k + 1 < tops.length ? tops[k + 1]! : end;
	const span = stop - start;
	const progress = span > 0 ? Math.min(1, Math.max(0, (line - start) / span)) : 1;
	return { index: k, progress };
}

/** Where the reading line must be for `p`: the inverse of positionAt. */
export function lineAt({ tops, end }: Layout, p: Position): number {
	const k = Math.min(Math.max(p.index, 0), tops.length - 1);
	const start = tops[k] ?? 0;
	const stop = k + 1 < tops.length ? tops[k + 1]! : end;
	return start + p.progress * (stop - start);
}
