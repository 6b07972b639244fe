// The embed's span: the part of the journey it shows (whole, or between dates) over u = chapter index + progress, and where its steps land.
import { describe, expect, it } from 'vitest';
import { loadGeodata } from '../../../src/lib/data/load-geodata';
import { buildStory } from '../../../src/lib/content/build';
import { scene } from '../../../src/lib/story/scene';
import { embedChapters, journeyDates } from '../../../src/lib/embed/journey-chapters';
import { progressOf, spanOf, stepFrom, stops, unitAt } from '../../../src/lib/embed/span';
import { chapterStart, positionAt } from '../../../src/lib/story/position';
import { chapters, viewport } from '../story/fixture';

const { geodata } = loadGeodata('tests/fixtures/geodata-mini');
if (!geodata) throw new Error('mini geodata does not load');
const mini = geodata.journeys[0]!;
const story = buildStory(geodata, embedChapters(mini, chapters, 'en'));

describe('embedChapters', () => {
	it("keeps the journey's own chapters, without their text", () => {
		const own = embedChapters(mini, chapters, 'en');
		expect(own.map((c) => c.id)).toEqual(['first', 'second', 'by-time']);
		expect(own.every((c) => c.html === '')).toBe(true);
	});

	it('gives a journey no chapter tells one chapter spanning it, which the engine accepts', () => {
		const [only, ...rest] = embedChapters(mini, [], 'en');
		expect(rest).toEqual([]);
		expect(only).toMatchObject({ id: mini.id, title: mini.title, journey: mini.id, camera: { mode: 'fit', extent: 'journey' } });
		expect(only!.dates).toBe(journeyDates(mini, 'en'));
		const s = buildStory(geodata!, [only!]);
		expect(s.chapters[0]!.kmFrom).toBe(0);
		expect(s.chapters[0]!.kmTo).toBeCloseTo(s.journeys.get(mini.id)!.line.totalKm, 6);
		const end = scene(s, { index: 0, progress: 1 }, viewport);
		expect(end.readout!.km).toBeCloseTo(s.journeys.get(mini.id)!.line.totalKm, 3);
	});

	it('writes the dates of the journey', () => {
		expect(journeyDates(mini, 'en')).toMatch(/^6 December 1949 – \d+ December 1949$/);
	});
});

describe('spanOf', () => {
	it('is the whole journey without dates', () => {
		expect(spanOf(story, null, null)).toMatchObject({ start: 0, end: 3 });
	});

	it('starts and ends on the given days', () => {
		const span = spanOf(story, '1949-12-07', null);
		expect(span.start).toBeGreaterThan(0);
		expect(span.end).toBe(3);
		const p = positionAt(span.start, 3);
		expect(scene(story, { index: p.index, progress: p.progress }, viewport).readout!.dateIso).toBe('1949-12-07');

		const early = spanOf(story, null, '1949-12-07');
		expect(early.start).toBe(0);
		expect(early.end).toBeLessThan(3);
		const q = positionAt(early.end, 3);
		expect(scene(story, { index: q.index, progress: q.progress }, viewport).readout!.dateIso).toBe('1949-12-07');
	});

	it('clamps dates outside the journey to its ends, and ignores an end before the start', () => {
		expect(spanOf(story, '1940-01-01', '1960-01-01')).toMatchObject({ start: 0, end: 3 });
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
	it('never ends a step on a chapter that stands still, so every step shows a change', () => {
		expect(stops({ start: 0, end: 3, still: [true, false, false] })).toEqual([0, 2, 3]);
		expect(stepFrom({ start: 0, end: 3, still: [true, false, false] }, 0, 1)).toBe(2);
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
