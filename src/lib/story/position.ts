// Where the reader is in the story: a chapter index and the progress 0..1 through it. Every driver yields one; the scene and seek take one.

export interface Position {
	index: number;
	progress: number;
}

/** The first part of each chapter (after the first) moves the camera from where the last chapter left it. */
export const TRANSITION = 0.2;

export const START: Position = { index: 0, progress: 0 };

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : Number.isFinite(x) ? x : lo);

/** The position as one number u in [0, n]: chapter index + progress. */
export const unitOf = (p: Position) => p.index + p.progress;

/** u in (k, k+1] is chapter k: a whole number k > 0 is the end of chapter k-1, so a step that lands there still shows that chapter. */
export function positionAt(u: number, n: number): Position {
	const x = clamp(u, 0, n);
	if (x <= 0) return START;
	const k = Math.ceil(x) - 1;
	return { index: k, progress: x - k };
}

/** Where chapter k starts to be itself: after the camera has flown in from the chapter before (its first date and place). */
export const chapterStart = (k: number) => (k === 0 ? 0 : k + TRANSITION);

/** The same position, kept inside a story of n chapters. */
export function clampPosition(p: Position, n: number): Position {
	const index = Math.trunc(clamp(p.index, 0, Math.max(0, n - 1)));
	return { index, progress: clamp(p.progress, 0, 1) };
}

export const samePosition = (a: Position, b: Position) => a.index === b.index && a.progress === b.progress;
