// Tests for the clock driver: elapsed time into positions, frames capped after a hidden tab, a duration that ends it once.
import { describe, expect, it, vi } from 'vitest';
import { useFakeFrames } from './fake-frames';
import { clockDriver, MAX_FRAME_MS } from '../../../src/lib/drivers/clock';
import type { Position } from '../../../src/lib/story/position';

const { frame, pending } = useFakeFrames();

describe('clockDriver', () => {
	it('yields the start at once, then one position a frame', () => {
		const seen: Position[] = [];
		clockDriver({ at: (e) => ({ index: 0, progress: e / 1000 }) }, (p) => seen.push(p));
		expect(seen).toEqual([{ index: 0, progress: 0 }]);
		frame(16);
		frame(16);
		expect(seen.map((p) => p.progress)).toEqual([0, 0.016, 0.032]);
	});
	it('counts a long gap between frames (a hidden tab) as one short frame', () => {
		const seen: number[] = [];
		clockDriver({ at: (e) => ({ index: 0, progress: e }) }, (p) => seen.push(p.progress));
		frame(5000);
		expect(seen.at(-1)).toBe(MAX_FRAME_MS);
	});
	it('ends on the last position once, and calls onend', () => {
		const seen: number[] = [];
		const onend = vi.fn();
		clockDriver({ at: (e) => ({ index: 2, progress: e / 100 }), durationMs: 100, onend }, (p) => seen.push(p.progress));
		for (let i = 0; i < 10; i++) frame(30);
		expect(seen.at(-1)).toBe(1);
		expect(seen.filter((x) => x === 1)).toHaveLength(1);
		expect(onend).toHaveBeenCalledTimes(1);
		expect(pending()).toBe(0);
	});
	it('stops when told, without calling onend', () => {
		const onend = vi.fn();
		const stop = clockDriver({ at: () => ({ index: 0, progress: 0 }), durationMs: 50, onend }, () => {});
		stop();
		frame(100);
		expect(onend).not.toHaveBeenCalled();
	});
});
