// Tests for map/motion-resolution: slow moving frames are drawn at half the device's resolution, the resting picture in full, and a fast machine is never touched.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { MOTION_RESOLUTION, MotionResolution, motionPixelRatio, shouldReduce } from '../../../src/lib/map/motion-resolution';

const o = MOTION_RESOLUTION;
const frames = (ms: number, n: number = o.samples) => Array.from({ length: n }, () => ms);

describe('shouldReduce', () => {
	it('decides only once it has seen enough frames', () => {
		expect(shouldReduce(frames(100, o.samples - 1), false)).toBe(false);
		expect(shouldReduce(frames(100, o.samples - 1), true)).toBe(true);
	});
	it('reduces when the median moving frame is slower than slowMs, not for one slow frame among fast ones', () => {
		expect(shouldReduce(frames(80), false)).toBe(true);
		expect(shouldReduce(frames(16), false)).toBe(false);
		expect(shouldReduce([...frames(16, o.samples - 1), 500], false)).toBe(false);
	});
	it('keeps reducing between fastMs and slowMs, and goes back to full only when reduced frames are fast', () => {
		expect(shouldReduce(frames(30), true)).toBe(true);
		expect(shouldReduce(frames(30), false)).toBe(false);
		expect(shouldReduce(frames(12), true)).toBe(false);
	});
	it('looks at the last frames only', () => {
		expect(shouldReduce([...frames(100), ...frames(10)], true)).toBe(false);
	});
});

describe('motionPixelRatio', () => {
	it('is the device ratio (null) at rest or when not reduced, a fraction of it while a slow map moves', () => {
		expect(motionPixelRatio(false, true, 2)).toBeNull();
		expect(motionPixelRatio(true, false, 2)).toBeNull();
		expect(motionPixelRatio(true, true, 2)).toBe(2 * o.scale);
	});
});

/** A map that records its pixel ratios and lets the test fire its render event. */
function fakeMap() {
	let render: (() => void) | null = null;
	const ratios: (number | null)[] = [];
	const repaints = { n: 0 };
	const map = {
		triggerRepaint: () => repaints.n++,
		on: (type: string, fn: () => void) => {
			if (type === 'render') render = fn;
		},
		off: (type: string, fn: () => void) => {
			if (type === 'render' && render === fn) render = null;
		},
		setPixelRatio: (r: number | null) => ratios.push(r)
	};
	return { map: map as unknown as MapLibreMap, ratios, repaints, render: () => render?.(), listening: () => render !== null };
}

describe('MotionResolution', () => {
	let now = 0;
	beforeEach(() => {
		vi.useFakeTimers();
		vi.stubGlobal('devicePixelRatio', 1);
		now = 0;
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	/** n moving frames, each `ms` apart: a scene, then the map draws it. */
	function move(f: ReturnType<typeof fakeMap>, m: MotionResolution, ms: number, n: number) {
		for (let i = 0; i < n; i++) {
			now += ms;
			m.moved();
			f.render();
		}
	}

	it('draws slow motion at half resolution and the resting picture in full', () => {
		const f = fakeMap();
		const m = new MotionResolution(f.map, o, () => now);
		move(f, m, 90, o.samples + 1);
		expect(m.reducing).toBe(true);
		expect(f.ratios).toEqual([0.5]);
		vi.advanceTimersByTime(o.restMs + 1);
		expect(f.ratios).toEqual([0.5, null]);
		// The next motion starts reduced at once: the machine has not changed.
		now += 5000;
		m.moved();
		expect(f.ratios).toEqual([0.5, null, 0.5]);
	});

	it('never touches a map whose moving frames are fast', () => {
		const f = fakeMap();
		const m = new MotionResolution(f.map, o, () => now);
		move(f, m, 16, 40);
		vi.advanceTimersByTime(o.restMs + 1);
		expect(m.reducing).toBe(false);
		expect(f.ratios).toEqual([]);
	});

	it('does not count pauses as frames: a slow scroll on a fast machine stays sharp', () => {
		const f = fakeMap();
		const m = new MotionResolution(f.map, o, () => now);
		move(f, m, o.pauseMs + 50, 20);
		expect(f.ratios).toEqual([]);
	});

	it('frames drawn while resting (tiles arriving) are not timed', () => {
		const f = fakeMap();
		const m = new MotionResolution(f.map, o, () => now);
		m.moved();
		vi.advanceTimersByTime(o.restMs + 1);
		for (let i = 0; i < 20; i++) {
			now += 100;
			f.render();
		}
		expect(f.ratios).toEqual([]);
	});

	it('goes back to full resolution when reduced frames turn out fast', () => {
		const f = fakeMap();
		const m = new MotionResolution(f.map, o, () => now);
		move(f, m, 90, o.samples + 1);
		// The frame drawn at the switch is not timed; then fast ones.
		move(f, m, 10, o.samples + 1);
		expect(m.reducing).toBe(false);
		expect(f.ratios).toEqual([0.5, null]);
	});

	it('calibrates at rest: a few frames drawn back to back decide, and the first motion starts reduced with no change mid-motion', () => {
		const f = fakeMap();
		const m = new MotionResolution(f.map, o, () => now);
		m.calibrate();
		// Each frame asks for the next, until samples + 1 frames (samples intervals) are drawn.
		for (let i = 0; i <= o.samples; i++) {
			expect(f.repaints.n).toBe(i + 1);
			now += 90;
			f.render();
		}
		expect(f.repaints.n).toBe(o.samples + 1);
		expect(m.reducing).toBe(true);
		// At rest nothing changes; the first scene moves at half resolution.
		expect(f.ratios).toEqual([]);
		m.moved();
		expect(f.ratios).toEqual([0.5]);
	});

	it('times every calibration frame, however long: one slow frame (over pauseMs) among back-to-back ones is a frame, not a pause', () => {
		// Seen on the bench machine: rest frames of 217, 170, 20, 76, 119, 111, 127 ms and one over 250 ms were judged fast
		// (too few intervals), so a scroll started at full resolution and switched mid-motion, a 290–450 ms long task.
		const f = fakeMap();
		const m = new MotionResolution(f.map, o, () => now);
		m.calibrate();
		for (let i = 0; i <= o.samples; i++) {
			now += i === 3 ? o.pauseMs + 50 : 120;
			f.render();
		}
		expect(m.reducing).toBe(true);
		m.moved();
		expect(f.ratios).toEqual([0.5]);
	});

	it('a calibration on a fast machine leaves everything as it is', () => {
		const f = fakeMap();
		const m = new MotionResolution(f.map, o, () => now);
		m.calibrate();
		for (let i = 0; i <= o.samples; i++) {
			now += 16;
			f.render();
		}
		m.moved();
		expect(m.reducing).toBe(false);
		expect(f.ratios).toEqual([]);
	});

	it('a calibration the reader interrupts decides nothing; the moving frames do', () => {
		const f = fakeMap();
		const m = new MotionResolution(f.map, o, () => now);
		m.calibrate();
		now += 90;
		f.render();
		m.moved();
		expect(m.reducing).toBe(false);
		move(f, m, 16, o.samples + 1);
		expect(m.reducing).toBe(false);
		expect(f.ratios).toEqual([]);
	});

	it('removes its listener and timer, and gives the map its own ratio back', () => {
		const f = fakeMap();
		const m = new MotionResolution(f.map, o, () => now);
		move(f, m, 90, o.samples + 1);
		m.remove();
		expect(f.listening()).toBe(false);
		expect(f.ratios).toEqual([0.5, null]);
		vi.advanceTimersByTime(o.restMs + 1);
		expect(f.ratios).toEqual([0.5, null]);
	});
});
