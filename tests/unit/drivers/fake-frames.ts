// A fake animation-frame clock for the driver tests: performance.now and requestAnimationFrame under the test's control.
import { afterEach, beforeEach, vi } from 'vitest';

export interface FakeFrames {
	/** Advances the clock by `ms` and runs the frames that were due. */
	frame: (ms: number) => void;
	/** Callbacks waiting for the next frame. */
	pending: () => number;
}

/** Installs the fake clock around each test of the file that calls it. */
export function useFakeFrames(): FakeFrames {
	let now = 0;
	let frames: FrameRequestCallback[] = [];
	beforeEach(() => {
		now = 1000;
		frames = [];
		vi.stubGlobal('performance', { now: () => now });
		vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
		vi.stubGlobal('cancelAnimationFrame', () => (frames = []));
	});
	afterEach(() => vi.unstubAllGlobals());
	return {
		frame: (ms) => {
			now += ms;
			const due = frames;
			frames = [];
			for (const f of due) f(now);
		},
		pending: () => frames.length
	};
}
