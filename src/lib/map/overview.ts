// Once the detail tier has loaded, the overview under it stops being drawn (and tiled) where the detail covers it.
import type { LayerSpecification, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';

/**
 * The detail tier (style.ts LAZY_SOURCES) is an opaque cover of the whole basemap window from its zoom on: a sea-coloured
 * mask, then finer units, lakes and coasts. Until its file has come, the overview under it is all there is to see; once
 * it is in, the overview's fills and lines under the mask are only overdraw (three full-screen fills a frame, the cost
 * that bounds the frame rate under a software GPU) and the overview's tiles at those zooms are cut for nothing. The
 * countries' names, drawn to half a level past the detail's zoom, come from the detail tier's copy of them from then on.
 */
export interface OverviewRetirement {
	/** The overview layers drawn under the detail, each with the zoom range it is given. */
	ranges: { id: string; minzoom?: number; maxzoom: number }[];
	/** The mask that hid the overview under the detail: with nothing under it but the sea, it is hidden too. */
	mask: string;
}

/** What to change, from the style's layers: every layer of `overview` ends at `detailMinzoom` (or before, if it did). */
export function overviewRetirement(layers: readonly LayerSpecification[], overview: string, detailMinzoom: number, mask: string): OverviewRetirement {
	if (!layers.some((l) => l.id === mask)) throw new Error(`overviewRetirement: the style has no layer "${mask}"`);
	const ranges = layers
		.filter((l) => 'source' in l && l.source === overview)
		.map((l) => ({ id: l.id, ...(l.minzoom !== undefined ? { minzoom: l.minzoom } : {}), maxzoom: Math.min(l.maxzoom ?? 24, detailMinzoom) }));
	return { ranges, mask };
}

/**
 * Applies the retirement once `detail` has its file (`detailIn`, when the source's setData has resolved) and a tile of it
 * has loaded with none still on its way. Each change makes MapLibre cut the two sources' tiles again, once. A style rebuilt
 * after a lost context keeps it: MapLibre rebuilds from the style as it stands.
 */
export class OverviewRetirer {
	private dataIn = false;
	private done = false;
	private readonly sub: { unsubscribe: () => void };

	constructor(
		private readonly map: MapLibreMap,
		private readonly detail: string,
		private readonly retirement: () => OverviewRetirement,
		private readonly onRetired?: () => void
	) {
		this.sub = map.on('sourcedata', (e: MapSourceDataEvent) => {
			if (this.dataIn && !this.done && e.sourceId === this.detail && e.tile && e.isSourceLoaded) this.retire();
		});
	}

	/** The detail's file is in the source (its setData has resolved): the next tile of it loaded retires the overview. */
	detailIn(): void {
		this.dataIn = true;
	}

	remove(): void {
		this.sub.unsubscribe();
	}

	private retire(): void {
		this.done = true;
		this.sub.unsubscribe();
		const r = this.retirement();
		for (const { id, minzoom, maxzoom } of r.ranges) this.map.setLayerZoomRange(id, minzoom ?? 0, maxzoom);
		this.map.setLayoutProperty(r.mask, 'visibility', 'none');
		this.onRetired?.();
	}
}
