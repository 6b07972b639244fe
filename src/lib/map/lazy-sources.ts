// Pure: which of the style's lazy sources (the detail tier, the city plans) to fetch now — once the camera comes within a quarter of a zoom level of theirs and, for a city, looks at it.
import type { Bounds } from '../story/camera';

export interface LazySource {
	id: string;
	file: string;
	minzoom: number;
	bounds?: Bounds;
}

/**
 * A quarter of a level early, so a tier is on its way while a camera flies in to its zoom. Not half a level: the
 * opening chapter's view stops at zoom 4.5, and there half a level fetched the 326 KB detail tier (drawn only from 5)
 * on every first visit.
 */
export const LAZY_LEAD = 0.25;

const intersects = ([[w1, s1], [e1, n1]]: Bounds, [[w2, s2], [e2, n2]]: Bounds) => w1 <= e2 && w2 <= e1 && s1 <= n2 && s2 <= n1;

export function dueSources(sources: readonly LazySource[], loaded: ReadonlySet<string>, zoom: number, view: Bounds): LazySource[] {
	return sources.filter((s) => !loaded.has(s.id) && zoom >= s.minzoom - LAZY_LEAD && (!s.bounds || intersects(s.bounds, view)));
}
