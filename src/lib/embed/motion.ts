// The embed's own motion on the clock driver: a step glides to the next stop (a second step during a glide goes on from where it was going), play runs through the span at a reading pace, stop ends either.
import { clockDriver, ease } from '../drivers/clock';
import { positionAt, unitOf } from '../story/position';
import { stepFrom, type Span } from './span';

/** Autoplay pace: a chapter in about seven seconds, a single-chapter journey in ten. */
export const PLAY_SECONDS_PER_CHAPTER = 7;

export interface MotionHost {
	/** The position as one number (chapter index + progress), read and written. */
	get: () => number;
	set: (u: number) => void;
	chapters: () => number;
	span: () => Span;
	reducedMotion: () => boolean;
	onplaying: (playing: boolean) => void;
}

export function embedMotion(h: MotionHost): { step: (dir: 1 | -1) => void; play: () => void; stop: () => void } {
	let stopClock = () => {};
	/** Where a running glide ends. */
	let target: number | null = null;
	const run = (at: (elapsedMs: number) => number, durationMs: number, onend?: () => void) => {
		stopClock();
		stopClock = clockDriver({ at: (e) => positionAt(at(e), h.chapters()), durationMs, onend }, (p) => h.set(unitOf(p)));
	};
	function stop() {
		stopClock();
		target = null;
		h.onplaying(false);
	}
	function step(dir: 1 | -1) {
		const from = target ?? h.get();
		stop();
		const to = stepFrom(h.span(), from, dir);
		if (to === null) return;
		if (h.reducedMotion()) return h.set(to);
		const start = h.get();
		const ms = Math.min(4000, Math.max(600, Math.abs(to - start) * 3500));
		target = to;
		run((e) => start + (to - start) * ease(e / ms), ms, () => (target = null));
	}
	function play() {
		const span = h.span();
		if (h.get() >= span.end - 1e-6) h.set(span.start);
		const start = h.get();
		const perMs = Math.min(1 / PLAY_SECONDS_PER_CHAPTER, (span.end - span.start) / 10) / 1000;
		h.onplaying(true);
		run((e) => start + perMs * e, (span.end - start) / perMs, () => h.onplaying(false));
	}
	return { step, play, stop };
}
