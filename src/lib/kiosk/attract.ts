// Pure: the attract loop — which chapter, and how far through it, after a given time of playing by itself. Loops forever.

export interface Position {
	index: number;
	progress: number;
	/** How many chapters have been completed since the loop started (for counting transitions). */
	lap: number;
}

/** `chapters` lists the chapter indexes the loop plays, in order (all, or one journey's). */
export function attractPosition(elapsedMs: number, dwellMs: number, chapters: readonly number[]): Position {
	if (chapters.length === 0) return { index: 0, progress: 0, lap: 0 };
	const step = Math.max(1, dwellMs);
	const done = Math.floor(Math.max(0, elapsedMs) / step);
	return { index: chapters[done % chapters.length]!, progress: (Math.max(0, elapsedMs) - done * step) / step, lap: done };
}
