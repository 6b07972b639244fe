// A journey's timeline from its dated stops: one anchor per arrival and departure, checked to run forward in distance and time.
import type { StopCore } from './types';
import type { Anchor } from '../geo/timeline';

/**
 * Checks anchors are usable: at least two, with distance and time both non-decreasing.
 * A dwell is two anchors at the same km with increasing t.
 */
export function checkAnchors(anchors: readonly Anchor[]): void {
	if (anchors.length < 2) throw new Error(`timeline: need at least 2 timed points, got ${anchors.length}`);
	for (let i = 1; i < anchors.length; i++) {
		const a = anchors[i - 1]!;
		const b = anchors[i]!;
		if (b.km < a.km) throw new Error(`timeline: anchor ${i} goes back along the route (${b.km} km < ${a.km} km)`);
		if (b.t < a.t) throw new Error(`timeline: anchor ${i} goes back in time`);
	}
}

/** The anchors of a journey whose stops lie at `stopKm` along its route. */
export function anchorsOf(stops: readonly StopCore[], stopKm: readonly number[]): Anchor[] {
	const anchors: Anchor[] = [];
	stops.forEach((s, i) => {
		for (const inst of [s.arrive, s.depart]) {
			if (!inst) continue;
			// A date without a time is placed at local noon; it may fall before a timed moment of
			// the same day that precedes it, so keep the timeline from running backwards.
			const prev = anchors[anchors.length - 1];
			anchors.push({ km: stopKm[i]!, t: prev ? Math.max(prev.t, inst.ms) : inst.ms });
		}
	});
	checkAnchors(anchors);
	return anchors;
}
