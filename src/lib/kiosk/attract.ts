// Pure: the attract loop — which chapter, and how far through it, after a given time of playing by itself. Loops forever.

export interface Position {
	index: number;
	progress: number;
	/** How many chapters have been completed since the loop started (for counting transitions). */
	lap: number;
}

/**
 * `chapters` lists the chapter indexes the loop plays, in order (all, or one journey's). Each plays for
 * `dwellMs` times its weight (`weights[index]`, 1 when absent): a long chapter has time for all its text.
 */
export function attractPosition(elapsedMs: number, dwellMs: number, chapters: readonly number[], weights: readonly number[] = []): Position {
	if (chapters.length === 0) return { index: 0, progress: 0, lap: 0 };
	const durations = chapters.map((i) => Math.max(1, dwellMs * (weights[i] ?? 1)));
	const loop = durations.reduce((a, b) => a + b, 0);
	const e = Math.max(0, elapsedMs);
	const laps = Math.floor(e / loop);
	let left = e - laps * loop;
	let k = 0;
	while (k < durations.length - 1 && left >= durations[k]!) left -= durations[k++]!;
	return { index: chapters[k]!, progress: Math.min(1, left / durations[k]!), lap: laps * chapters.length + k };
}

/** How long the loop has played when chapter `index` starts (0 when it is not in the loop): to start the loop at a chapter. */
export function attractStartMs(index: number, dwellMs: number, chapters: readonly number[], weights: readonly number[] = []): number {
	const k = chapters.indexOf(index);
	return k < 0 ? 0 : chapters.slice(0, k).reduce((sum, i) => sum + Math.max(1, dwellMs * (weights[i] ?? 1)), 0);
}
