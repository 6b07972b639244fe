// Draws the map at a lower resolution while it moves, on a machine too slow to keep up at full resolution (a software renderer), and sharp again once it rests.
import type { Map as MapLibreMap } from 'maplibre-gl';

/*
 * Why. Scrubbing moves the map every frame, and a frame's cost is its pixels: measured on the bench machine (SwiftShader,
 * 1440×900), a full map frame at 1× takes about 80 ms and at 0.5× about 45 ms, and the page's text scrolls only as fast as
 * the map draws (9–10 frames a second at 1×, 19 at 0.5×). So the map measures its own moving frames; when they are slow
 * it draws the motion at half the device's resolution and the picture the reader stops at in full. A machine with a GPU
 * draws a moving frame in a few ms and never gets here. Rejected: skipping scenes (the vehicle and route would lag the
 * text, and the map renders on its own for arriving tiles anyway: a scene every 250 ms still gave 7 map frames a second).
 */
export const MOTION_RESOLUTION = {
	/** A moving frame slower than this (ms; under 24 a second) is too slow. */
	slowMs: 42,
	/** Drawn reduced, frames faster than this (over 45 a second) could afford the full resolution again. */
	fastMs: 22,
	/** How many consecutive moving frames decide. */
	samples: 8,
	/** While the map moves, a gap between two frames longer than this is a pause, not a frame (a calibration times every frame). */
	pauseMs: 250,
	/** The moving resolution, as a fraction of the device's. */
	scale: 0.5,
	/** This long with no scene is rest: the map is drawn in full again. */
	restMs: 500
} as const;

export type MotionOptions = { readonly [K in keyof typeof MOTION_RESOLUTION]: number };

const median = (xs: readonly number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)]!;
};

/** Whether moving frames should be drawn reduced, given the intervals of the last moving frames and whether they are now. */
export function shouldReduce(intervals: readonly number[], reduced: boolean, o: MotionOptions = MOTION_RESOLUTION): boolean {
	if (intervals.length < o.samples) return reduced;
	const m = median(intervals.slice(-o.samples));
	return reduced ? m >= o.fastMs : m > o.slowMs;
}

/** The pixel ratio the map should have: the device's (null, MapLibre's own) at rest or on a fast machine, a fraction of it while a slow one moves. */
export function motionPixelRatio(moving: boolean, reduced: boolean, devicePixelRatio: number, o: MotionOptions = MOTION_RESOLUTION): number | null {
	return moving && reduced ? devicePixelRatio * o.scale : null;
}

/** The map's side: told of each scene that moves the map, it times the frames drawn and sets the map's pixel ratio. Owns its listener and timer. */
export class MotionResolution {
	private intervals: number[] = [];
	private lastFrame = 0;
	private reduced = false;
	private moving = false;
	private ratio: number | null = null;
	private timer: ReturnType<typeof setTimeout> | undefined;
	/** Frames still to draw back to back while resting, to time them (calibrate). */
	private calibrating = 0;

	constructor(
		private readonly map: MapLibreMap,
		private readonly o: MotionOptions = MOTION_RESOLUTION,
		private readonly now: () => number = () => performance.now()
	) {
		map.on('render', this.frame);
	}

	/** A scene has moved the map (or its route, or its vehicle). */
	moved(): void {
		clearTimeout(this.timer);
		this.timer = setTimeout(this.rest, this.o.restMs);
		if (!this.moving) {
			this.moving = true;
			this.lastFrame = 0;
			// A calibration cut short by the reader: its few frames are not a measure; the moving ones will be.
			if (this.calibrating) {
				this.calibrating = 0;
				this.intervals = [];
			}
		}
		this.set();
	}

	/**
	 * While the map rests, draws a few frames back to back and times them, so that the first motion starts at the right
	 * resolution: changing it mid-motion waits for the GPU's backlog (one change during a scroll-through took 305 ms of the
	 * main thread, a long task; at rest it takes about 10 ms). The moving frames go on being timed either way.
	 */
	calibrate(): void {
		if (this.moving) return;
		this.calibrating = this.o.samples + 1;
		this.intervals = [];
		this.lastFrame = 0;
		this.map.triggerRepaint();
	}

	/** Whether moving frames are being drawn reduced (for tests). */
	get reducing(): boolean {
		return this.reduced;
	}

	remove(): void {
		clearTimeout(this.timer);
		this.calibrating = 0;
		this.map.off('render', this.frame);
		if (this.ratio !== null) this.setRatio(null);
	}

	private readonly frame = () => {
		if (!this.moving && !this.calibrating) return;
		const t = this.now();
		const gap = this.lastFrame ? t - this.lastFrame : Infinity;
		this.lastFrame = t;
		// Calibrating, each frame asks for the next, so every gap is a frame however long; moving, a long gap is the reader pausing.
		if (gap <= this.o.pauseMs || (!this.moving && gap !== Infinity)) {
			this.intervals.push(gap);
			if (this.intervals.length > this.o.samples) this.intervals.shift();
		}
		if (!this.moving) {
			// Calibrating: the next frame, or the verdict (the resting picture stays in full either way).
			if (--this.calibrating > 0) return this.map.triggerRepaint();
			this.reduced = shouldReduce(this.intervals, false, this.o);
			this.intervals = [];
			this.lastFrame = 0;
			return;
		}
		if (gap > this.o.pauseMs) return;
		const reduce = shouldReduce(this.intervals, this.reduced, this.o);
		if (reduce === this.reduced) return;
		this.reduced = reduce;
		// Frames at the other resolution cost differently: measure again from here.
		this.intervals = [];
		this.lastFrame = 0;
		this.set();
	};

	private readonly rest = () => {
		this.moving = false;
		this.set();
	};

	private set() {
		const want = motionPixelRatio(this.moving, this.reduced, devicePixelRatio, this.o);
		if (want !== this.ratio) this.setRatio(want);
	}

	private setRatio(ratio: number | null) {
		this.ratio = ratio;
		// MapLibre documents null as "the device's own" (it follows devicePixelRatio again); its type says number.
		this.map.setPixelRatio(ratio as number);
	}
}
