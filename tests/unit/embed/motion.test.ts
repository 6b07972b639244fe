// Tests for the embed's motion: a step glides to the next stop, a second step during a glide goes on from its target, play runs to the span's end and stops.
import { describe, expect, it } from 'vitest';
import { useFakeFrames } from '../drivers/fake-frames';
import { embedMotion } from '../../../src/lib/embed/motion';
import type { Span } from '../../../src/lib/embed/span';

const { frame, pending } = useFakeFrames();
const run = (ms: number) => {
	for (let t = 0; t < ms; t += 50) frame(50);
};

function setup(reduced = false) {
	const state = { u: 0, playing: false };
	const span: Span = { start: 0, end: 3 };
	const m = embedMotion({ get: () => state.u, set: (x) => (state.u = x), chapters: () => 3, span: () => span, reducedMotion: () => reduced, onplaying: (p) => (state.playing = p) });
	return { state, m };
}

describe('embedMotion', () => {
	it('glides a step to the next stop', () => {
		const { state, m } = setup();
		m.step(1);
		run(5000);
		expect(state.u).toBeGreaterThan(0);
		const first = state.u;
		m.step(1);
		run(5000);
		expect(state.u).toBeGreaterThan(first);
	});
	it('goes on from the target when a second step comes during a glide', () => {
		const a = setup();
		a.m.step(1);
		run(5000);
		const one = a.state.u;
		const b = setup();
		b.m.step(1);
		frame(50);
		b.m.step(1);
		run(5000);
		a.m.step(1);
		run(5000);
		expect(b.state.u).toBeCloseTo(a.state.u, 6);
		expect(b.state.u).toBeGreaterThan(one);
	});
	it('jumps with reduced motion', () => {
		const { state, m } = setup(true);
		m.step(1);
		expect(state.u).toBeGreaterThan(0);
		expect(pending()).toBe(0);
	});
	it('plays to the end of the span, then stops playing', () => {
		const { state, m } = setup();
		m.play();
		expect(state.playing).toBe(true);
		run(60_000);
		expect(state.u).toBeCloseTo(3, 6);
		expect(state.playing).toBe(false);
		m.stop();
		expect(pending()).toBe(0);
	});
});
