// The embed's position model: one number u over its chapters, the span it shows (whole journey or between dates), its steps.
import { describe, expect, it } from 'vitest';
import { loadGeodata } from '../../../src/lib/data/load-geodata';
import { buildStory } from '../../../src/lib/story/build';
import { scene, TRANSITION } from '../../../src/lib/story/scene';
import { embedChapters, journeyDates } from '../../../src/lib/embed/journey-chapters';
import { chapterStart, positionAt, progressOf, spanOf, stepFrom, stops, unitAt, unitOf } from '../../../src/lib/embed/span';
import { chapters, viewport } from '../story/fixture';

const { geodata } = loadGeodata('tests/fixtures/geodata-mini');
if (!geodata) throw new Error('mini geodata does not load');
const mini = geodata.journeys[0]!;
const story = buildStory(geodata, embedChapters(mini, chapters));

describe('positionAt', () => {
	it.each([
		[0, { index: 0, progress: 0 }],
		[0.5, { index: 0, progress: 0.5 }],
		[1, { index: 0, progress: 1 }],
		[1.25, { index: 1, progress: 0.25 }],
		[2, { index: 1, progress: 1 }],
		[3, { index: 2, progress: 1 }],
		[7, { index: 2, progress: 1 }],
		[-1, { index: 0, progress: 0 }],
		[Number.NaN, { index: 0, progress: 0 }]
	])('u = %d → %j', (u, expected) => {
		const p = positionAt(u, 3);
		expect(p.index).toBe(expected.index);
		expect(p.progress).toBeCloseTo(expected.progress, 9);
	});

	it('round-trips inside a chapter', () => {
		for (const u of [0.3, 1.5, 2.999]) expect(unitOf(positionAt(u, 3))).toBeCloseTo(u, 9);
	});

	it('starts a chapter after the camera has flown in', () => {
		expect(chapterStart(0)).toBe(0);
		expect(chapterStart(2)).toBe(2 + TRANSITION);
	});
});

describe('embedChapters', () => {
	it("keeps the journey's own chapters, without their text", () => {
		const own = embedChapters(mini, chapters);
		expect(own.map((c) => c.id)).toEqual(['first', 'second', 'by-time']);
		expect(own.every((c) => c.html === '')).toBe(true);
	});

	it('gives a journey no chapter tells one chapter spanning it, which the engine accepts', () => {
		const [only, ...rest] = embedChapters(mini, []);
		expect(rest).toEqual([]);
		expect(only).toMatchObject({ id: mini.id, title: mini.title, journey: mini.id, camera: { mode: 'fit', extent: 'journey' } });
		expect(only!.dates).toBe(journeyDates(mini));
		const s = buildStory(geodata!, [only!]);
		expect(s.chapters[0]!.kmFrom).toBe(0);
		expect(s.chapters[0]!.kmTo).toBeCloseTo(s.journeys.get(mini.id)!.line.totalKm, 6);
		const end = scene(s, 0, 1, viewport);
		expect(end.readout!.km).toBeCloseTo(s.journeys.get(mini.id)!.line.totalKm, 3);
	});

	it('writes the dates of the journey', () => {
		expect(journeyDates(mini)).toMatch(/^6 December 1949 – \d+ December 1949$/);
	});
});

describe('spanOf', () => {
	it('is the whole journey without dates', () => {
		expect(spanOf(story, null, null)).toEqual({ start: 0, end: 3 });
	});

	it('starts and ends on the given days', () => {
		const span = spanOf(story, '1949-12-07', null);
		expect(span.start).toBeGreaterThan(0);
		expect(span.end).toBe(3);
		const p = positionAt(span.start, 3);
		expect(scene(story, p.index, p.progress, viewport).readout!.dateIso).toBe('1949-12-07');

		const early = spanOf(story, null, '1949-12-07');
		expect(early.start).toBe(0);
		expect(early.end).toBeLessThan(3);
		const q = positionAt(early.end, 3);
		expect(scene(story, q.index, q.progress, viewport).readout!.dateIso).toBe('1949-12-07');
	});

	it('clamps dates outside the journey to its ends, and ignores an end before the start', () => {
		expect(spanOf(story, '1940-01-01', '1960-01-01')).toEqual({ start: 0, end: 3 });
		const s = spanOf(story, '1949-12-08', '1949-12-06');
		expect(s.end).toBe(3);
	});
});

describe('progress over the span', () => {
	const span = { start: 0.5, end: 2.5 };
	it.each([
		[0, 0.5],
		[0.5, 1.5],
		[1, 2.5]
	])('p = %d ↔ u = %d', (p, u) => {
		expect(unitAt(span, p)).toBeCloseTo(u, 9);
		expect(progressOf(span, u)).toBeCloseTo(p, 9);
	});

	it('clamps outside the span, and a span of one point is at 0', () => {
		expect(progressOf(span, 0)).toBe(0);
		expect(progressOf(span, 3)).toBe(1);
		expect(unitAt(span, 2)).toBe(2.5);
		expect(progressOf({ start: 1, end: 1 }, 1)).toBe(0);
	});
});

describe('steps', () => {
	it('land on the ends of the span and of each chapter inside it', () => {
		expect(stops({ start: 0, end: 3 })).toEqual([0, 1, 2, 3]);
		expect(stops({ start: 0.4, end: 2.5 })).toEqual([0.4, 1, 2, 2.5]);
		expect(stops({ start: 1, end: 2 })).toEqual([1, 2]);
		expect(stops({ start: 0, end: 1 })).toEqual([0, 1]);
		expect(stops({ start: 1, end: 1 })).toEqual([1]);
	});

	it.each([
		[0, 1, 1],
		[0.5, 1, 1],
		[1, 1, 2],
		[2.2, 1, 3],
		[3, 1, null],
		[3, -1, 2],
		[2.2, -1, 2],
		[2, -1, 1],
		[0.5, -1, 0],
		[0, -1, null]
	] as const)('from %d, direction %i → %j', (u, dir, expected) => {
		expect(stepFrom({ start: 0, end: 3 }, u, dir)).toBe(expected);
	});
});
