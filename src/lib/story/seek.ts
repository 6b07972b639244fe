// Pure: which chapter, and how far into it, shows a given date — for the timeline's "jump to this point".
import type { Story } from './scene';
import { TRANSITION, type Position } from './position';
import { kmAtTime } from '../geo/timeline';

/** The first chapter whose time window holds t, else the chapter whose window is nearest to it. */
export function seek(story: Story, t: number): Position {
	let best: { index: number; distance: number } = { index: 0, distance: Infinity };
	for (let i = 0; i < story.chapters.length; i++) {
		const c = story.chapters[i]!;
		if (!Number.isFinite(c.tFrom)) continue;
		const distance = t < c.tFrom ? c.tFrom - t : t > c.tTo ? t - c.tTo : 0;
		if (distance === 0) return { index: i, progress: progressAt(story, i, t) };
		if (distance < best.distance) best = { index: i, distance };
	}
	const c = story.chapters[best.index]!;
	return { index: best.index, progress: t < c.tFrom ? 0 : 1 };
}

function progressAt(story: Story, i: number, t: number): number {
	const c = story.chapters[i]!;
	const start = i === 0 ? 0 : TRANSITION;
	if (!c.journey || c.tTo <= c.tFrom) return start;
	const j = story.journeys.get(c.journey)!;
	const f = c.scrub === 'time' || c.kmTo <= c.kmFrom ? (t - c.tFrom) / (c.tTo - c.tFrom) : (kmAtTime(j.anchors, t) - c.kmFrom) / (c.kmTo - c.kmFrom);
	return start + (1 - start) * Math.min(1, Math.max(0, f));
}
