// Pure: which of the style's lazy sources (the detail tier, the city plans) to fetch now — once the camera comes within half a zoom level of theirs and, for a city, looks at it.
import type { Bounds } from '../story/camera';

export interface LazySource {
	id: string;
	file: string;
	minzoom: number;
	bounds?: Bounds;
}

/** Half a level early, so a tier is there by the time a camera flying in reaches its zoom. */
export const LAZY_LEAD = 0.5;

const intersects = ([[w1, s1], [e1, n1]]: Bounds, [[w2, s2], [e2, n2]]: Bounds) => w1 <= e2 && w2 <= e1 && s1 <= n2 && s2 <= n1;

export function dueSources(sources: readonly LazySource[], loaded: ReadonlySet<string>, zoom: number, view: Bounds): LazySource[] {
	return sources.filter((s) => !loaded.has(s.id) && zoom >= s.minzoom - LAZY_LEAD && (!s.bounds || intersects(s.bounds, view)));
}
