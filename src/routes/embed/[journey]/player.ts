// Moves the embed's position over time, one owner of one animation frame loop: a tween for a step, a steady clock for autoplay; stop() cancels either.

export interface Player {
	/** Eases from the current position to `to` in `ms` milliseconds. */
	tween(to: number, ms: number): void;
	/** Advances by `perSecond` units a second until `end`, then calls `onend`. */
	play(perSecond: number, end: number, onend: () => void): void;
	stop(): void;
	/** Where the running tween ends, or null: a second step while one plays goes on from there. */
	target(): number | null;
}

/** Frames further apart than this (a hidden tab, a throttled off-screen iframe) count as this long, so nothing jumps on return. */
const MAX_FRAME_MS = 100;

const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

export function createPlayer(get: () => number, set: (u: number) => void): Player {
	let raf = 0;
	let target: number | null = null;
	const stop = () => {
		cancelAnimationFrame(raf);
		raf = 0;
		target = null;
	};
	/** Runs `frame(elapsed ms, frame ms)` each frame until it returns false. */
	const run = (frame: (elapsed: number, dt: number) => boolean) => {
		stop();
		let last = performance.now();
		let elapsed = 0;
		const tick = (now: number) => {
			const dt = Math.min(Math.max(now - last, 0), MAX_FRAME_MS);
			last = now;
			elapsed += dt;
			if (frame(elapsed, dt)) raf = requestAnimationFrame(tick);
			else stop();
		};
		raf = requestAnimationFrame(tick);
	};
	return {
		tween(to, ms) {
			const from = get();
			run((elapsed) => {
				const t = Math.min(elapsed / ms, 1);
				set(from + (to - from) * ease(t));
				return t < 1;
			});
			target = to;
		},
		play(perSecond, end, onend) {
			run((_, dt) => {
				const u = Math.min(get() + (perSecond * dt) / 1000, end);
				set(u);
				if (u < end) return true;
				onend();
				return false;
			});
		},
		stop,
		target: () => target
	};
}
