// A value that is acted on only once it has held still for a while: what a fast scroll only passes through is never applied.

export interface SettleTimers {
	set(fn: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

const WINDOW_TIMERS: SettleTimers = {
	set: (fn, ms) => setTimeout(fn, ms),
	clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

export class Settle<T> {
	private applied: T;
	private pending: { value: T; handle: unknown } | null = null;

	/** `apply(from, to)` is called once `to` has been offered, unchanged, for `ms`; `initial` counts as applied. */
	constructor(
		initial: T,
		private readonly ms: number,
		private readonly apply: (from: T, to: T) => void,
		private readonly timers: SettleTimers = WINDOW_TIMERS
	) {
		this.applied = initial;
	}

	/** The value as last applied. */
	get current(): T {
		return this.applied;
	}

	/** The value now: back to the applied one cancels what was waiting; a new one waits its turn, a repeated one keeps waiting. */
	offer(value: T): void {
		if (this.pending && this.pending.value === value) return;
		this.cancel();
		if (value === this.applied) return;
		const handle = this.timers.set(() => {
			this.pending = null;
			this.now(value);
		}, this.ms);
		this.pending = { value, handle };
	}

	/** Applies `value` at once (a rebuilt map puts back what it had), cancelling what was waiting. */
	now(value: T): void {
		this.cancel();
		const from = this.applied;
		this.applied = value;
		this.apply(from, value);
	}

	/** Forgets what was waiting (and, when the map goes, the timer with it). */
	cancel(): void {
		if (this.pending) this.timers.clear(this.pending.handle);
		this.pending = null;
	}
}
