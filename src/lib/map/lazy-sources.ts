// Pure: which of the style's lazy sources (the detail tier, the city plans) to fetch now — once the camera comes within a quarter of a zoom level of theirs and, for the city plans, looks at one of the cities.
import type { Bounds } from '../story/camera';

export interface LazySource {
	id: string;
	file: string;
	/** The smallest zoom any of its layers is drawn at. */
	minzoom: number;
	/** Where it is drawn, when only in some places: a box each, with the zoom it is drawn from there (the city plans: one per city). */
	areas?: readonly { bounds: Bounds; minzoom: number }[];
}

/**
 * A quarter of a level early, so a tier is on its way while a camera flies in to its zoom. Not half a level: the
 * opening chapter's view stops at zoom 4.5, and there half a level fetched the 326 KB detail tier (drawn only from 5)
 * on every first visit.
 */
export const LAZY_LEAD = 0.25;

const intersects = ([[w1, s1], [e1, n1]]: Bounds, [[w2, s2], [e2, n2]]: Bounds) => w1 <= e2 && w2 <= e1 && s1 <= n2 && s2 <= n1;

export function dueSources(sources: readonly LazySource[], loaded: ReadonlySet<string>, zoom: number, view: Bounds): LazySource[] {
	const near = (minzoom: number) => zoom >= minzoom - LAZY_LEAD;
	return sources.filter((s) => !loaded.has(s.id) && (s.areas ? s.areas.some((a) => near(a.minzoom) && intersects(a.bounds, view)) : near(s.minzoom)));
}
