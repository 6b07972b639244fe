// Table-driven tests for the pure scene function: camera, drawn route, vehicle and readout at chapter progress.
import { describe, expect, it } from 'vitest';
import { scene } from '../../../src/lib/story/scene';
import { TRANSITION } from '../../../src/lib/story/position';
import { miniStory, viewport } from './fixture';

const story = miniStory();
const mini = story.journeys.get('mini')!;
const kmB = mini.stopKm[1]!;
const total = mini.line.totalKm;

describe('scene', () => {
	it.each([
		// chapter, progress, drawn km, date shown, place (id) the vehicle is at
		[0, 0.5, 0, null, null],
		[1, 0, 0, '1949-12-06', 'alpha'],
		[1, TRANSITION, 0, '1949-12-06', 'alpha'],
		[1, 1, kmB, null, 'beta'],
		[2, 1, total, '1949-12-07', 'gamma']
	] as const)('chapter %d at %d', (i, p, drawn, date, place) => {
		const s = scene(story, { index: i, progress: p }, viewport);
		expect(s.routes.find((r) => r.journeyId === 'mini')!.drawnKm).toBeCloseTo(drawn, 6);
		if (place === null) expect(s.readout).toBeNull();
		else {
			expect(s.readout!.at).toBe(place);
			expect(s.readout!.between).toBeNull();
			if (date) expect(s.readout!.dateIso).toBe(date);
		}
	});

	it('holds the route during the camera transition, then scrubs linearly in distance', () => {
		const mid = scene(story, { index: 1, progress: TRANSITION + (1 - TRANSITION) / 2 }, viewport);
		expect(mid.readout!.km).toBeCloseTo(kmB / 2, 6);
		expect(mid.vehicle!.lngLat[0]).toBeGreaterThan(116.4);
		expect(mid.vehicle!.lngLat[0]).toBeLessThan(117.4);
		expect(mid.vehicle!.mode).toBe('rail');
	});

	it('follows the vehicle in a follow chapter', () => {
		const s = scene(story, { index: 1, progress: 0.8 }, viewport);
		expect(s.camera.center).toEqual(s.vehicle!.lngLat);
		expect(s.camera.zoom).toBe(6);
	});

	it('blends from the previous chapter at the start of a chapter, continuously', () => {
		const end = scene(story, { index: 0, progress: 1 }, viewport).camera;
		const start = scene(story, { index: 1, progress: 0 }, viewport).camera;
		expect(start.center[0]).toBeCloseTo(end.center[0], 6);
		expect(start.zoom).toBeCloseTo(end.zoom, 6);
		const after = scene(story, { index: 1, progress: TRANSITION }, viewport).camera;
		expect(after.zoom).toBe(6);
	});

	it('is pure: the same input gives the same scene', () => {
		expect(scene(story, { index: 2, progress: 0.37 }, viewport)).toEqual(scene(story, { index: 2, progress: 0.37 }, viewport));
	});

	it('never shows an earlier date as progress grows (scrolling down)', () => {
		let prev = '';
		for (let i = 1; i <= 2; i++) {
			for (let p = 0; p <= 1; p += 0.01) {
				const d = scene(story, { index: i, progress: p }, viewport).readout!.dateIso;
				expect(d >= prev).toBe(true);
				prev = d;
			}
		}
	});

	it('marks the date approximate where it is interpolated across days, and not at a dated stop', () => {
		expect(scene(story, { index: 1, progress: 0.6 }, viewport).readout!.approx).toBe(true);
		expect(scene(story, { index: 1, progress: 0 }, viewport).readout!.approx).toBe(false);
	});

	it('names the two stops the vehicle is between, as data', () => {
		const r = scene(story, { index: 1, progress: 0.6 }, viewport).readout!;
		expect(r.at).toBeNull();
		expect(r.between).toEqual(['alpha', 'beta']);
	});

	it('scrubs by time when a chapter asks for it: the dwell at Gamma takes scroll, not distance', () => {
		const atEnd = scene(story, { index: 3, progress: 1 }, viewport).readout!;
		const nearEnd = scene(story, { index: 3, progress: 0.97 }, viewport).readout!;
		expect(atEnd.km).toBeCloseTo(total, 6);
		expect(nearEnd.km).toBeCloseTo(total, 6);
	});

	it('clamps out-of-range input instead of throwing', () => {
		expect(() => scene(story, { index: 99, progress: 7 }, viewport)).not.toThrow();
		expect(scene(story, { index: -3, progress: Number.NaN }, viewport).chapterIndex).toBe(0);
	});

	it('fits the chapter stretch inside the part of the viewport the text leaves free', () => {
		const s = scene(story, { index: 2, progress: 0.5 }, viewport);
		expect(s.camera.center[0]).toBeGreaterThan(117.3);
		expect(s.camera.center[0]).toBeLessThan(118.5);
		expect(s.camera.zoom).toBeGreaterThan(5);
	});
});

describe('scene with reduced motion', () => {
	it('shows the whole stretch of the chapter at any progress, with a still camera', () => {
		const a = scene(story, { index: 1, progress: 0.1 }, viewport, { reducedMotion: true });
		const b = scene(story, { index: 1, progress: 0.9 }, viewport, { reducedMotion: true });
		expect(a.routes[0]!.drawnKm).toBeCloseTo(kmB, 6);
		expect(a.camera).toEqual(b.camera);
		expect(a.readout).toEqual(b.readout);
	});
	it('does not fly the camera in from the previous chapter', () => {
		const start = scene(story, { index: 1, progress: 0 }, viewport, { reducedMotion: true }).camera;
		const prevEnd = scene(story, { index: 0, progress: 1 }, viewport, { reducedMotion: true }).camera;
		expect(start).not.toEqual(prevEnd);
		expect(start).toEqual(scene(story, { index: 1, progress: 1 }, viewport, { reducedMotion: true }).camera);
	});
});

describe('a chapter that scrubs by time', () => {
	it('moves the date through a stay while the place stays the same', () => {
		// The by-time chapter ends with the dwell at Gamma (7 Dec noon → 8 Dec 06:00).
		const a = scene(story, { index: 3, progress: 0.75 }, viewport).readout!;
		const b = scene(story, { index: 3, progress: 0.99 }, viewport).readout!;
		expect(a.km).toBeCloseTo(b.km, 6);
		expect(a.at).toBe('gamma');
		expect(a.dateIso).toBe('1949-12-07');
		expect(b.dateIso).toBe('1949-12-08');
		expect(b.approx).toBe(false);
	});
});
