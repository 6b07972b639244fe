// The clock driver: one animation-frame loop that turns elapsed time into a Position (the kiosk's attract loop, a chapter playing, the embed's tween and autoplay), until it says stop.
import type { Position } from '../story/position';

/** Frames further apart than this (a hidden tab, a throttled off-screen iframe) count as this long, so nothing jumps on return. */
export const MAX_FRAME_MS = 100;

export interface ClockOptions {
	/** Where the story is after `elapsedMs` of this clock. */
	at: (elapsedMs: number) => Position;
	/** After this long the clock yields `at(durationMs)` one last time, stops and calls `onend`; it runs for ever without. */
	durationMs?: number;
	onend?: () => void;
}

/** Starts at once, yielding `at(0)` before it returns; the returned function stops it (and does not call onend). */
export function clockDriver({ at, durationMs = Infinity, onend }: ClockOptions, onPosition: (p: Position) => void): () => void {
	let raf = 0;
	let last = performance.now();
	let elapsed = 0;
	const tick = (now: number) => {
		elapsed = Math.min(elapsed + Math.min(Math.max(now - last, 0), MAX_FRAME_MS), durationMs);
		last = now;
		onPosition(at(elapsed));
		if (elapsed < durationMs) raf = requestAnimationFrame(tick);
		else {
			raf = 0;
			onend?.();
		}
	};
	onPosition(at(0));
	raf = requestAnimationFrame(tick);
	return () => {
		cancelAnimationFrame(raf);
		raf = 0;
	};
}

/** Ease in and out, for a step that glides from one point to the next. */
export const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);
