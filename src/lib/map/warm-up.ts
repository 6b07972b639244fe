// Compiles, while the reader has not moved yet, the GPU programs of the layers the first view does not draw (the finer tiers, the city plans, the drawn route), so that scrolling into them does not stall.
import type { FilterSpecification, GeoJSONSourceSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';

/*
 * WebGL compiles a layer's program the first time the layer draws something, in that frame: on a software
 * renderer half a second or more for each program, and most of the main thread's time during a first
 * scroll-through was spent there. MapLibre has no call for it, but a program belongs to the painter, not to
 * the layer: a copy of a layer (same type, same paint and layout, so the same program) drawing three small
 * features for one frame compiles it for good. The copies are drawn under the land (an opaque layer, so
 * depth-tested out of sight) and faint, their labels overlap nothing, and they are removed once drawn, a few at a time
 * in idle moments so that no single task grows long.
 */

const SOURCE = 'warm-up';
const TYPES = new Set(['fill', 'line', 'circle', 'symbol']);
/**
 * How long the page stays quiet after its first full frame before the warm-up starts: the first view's own work (its tiles,
 * labels and the reader's first look) comes first, and a software renderer's half-second compiles do not lengthen the load.
 */
const QUIET_MS = 2000;
/** Layers copied per step: each step is at most this many new programs in one frame (most copies need none: layers share programs). */
const BATCH = 8;

/** Every text field the style reads, so that a copy of any label layer has something to draw. */
const TEXT = 'Ab';
const LABEL_PROPERTIES: Record<string, string> = Object.fromEntries([
	...['label', 'label_zh', 'label_ru', 'name'].map((k) => [k, TEXT]),
	...Array.from({ length: 10 }, (_, k) => [`label${k}`, TEXT])
]);

/** Which of the features a copy of a layer draws: the shape its program is for. */
function shapeFilter(layer: LayerSpecification): FilterSpecification {
	if (layer.type === 'fill') return ['==', ['geometry-type'], 'Polygon'];
	if (layer.type === 'line') return ['==', ['geometry-type'], 'LineString'];
	if (layer.type === 'symbol' && layer.layout?.['symbol-placement'] === 'line') return ['==', ['geometry-type'], 'LineString'];
	return ['==', ['geometry-type'], 'Point'];
}

/** Opacities a copy sets near zero when the layer's own is a plain number (a number or a zoom curve is a uniform either way: the same program). */
const OPACITY = ['fill-opacity', 'line-opacity', 'circle-opacity', 'circle-stroke-opacity', 'text-opacity', 'icon-opacity'];
const FAINT = 0.01;

/**
 * A copy of `layer` on the warm-up source: its paint and layout as they are (they choose the program) but faint wherever
 * that keeps the program (so a copy that is not under the land, over the sea, still cannot be seen), its labels placed
 * without collisions.
 */
export function warmUpCopy(layer: LayerSpecification): LayerSpecification | null {
	if (!TYPES.has(layer.type) || !('source' in layer) || layer.source === SOURCE) return null;
	const { minzoom: _min, maxzoom: _max, filter: _filter, ...rest } = layer as LayerSpecification & { minzoom?: number; maxzoom?: number; filter?: unknown };
	const copy = { ...rest, id: `${SOURCE}:${layer.id}`, source: SOURCE, filter: shapeFilter(layer) } as LayerSpecification;
	const paint = { ...(copy as { paint?: Record<string, unknown> }).paint };
	for (const k of OPACITY) if (k.startsWith(`${copy.type}-`) || (copy.type === 'symbol' && (k.startsWith('text-') || k.startsWith('icon-')))) if (paint[k] === undefined || typeof paint[k] === 'number') paint[k] = FAINT;
	(copy as { paint?: Record<string, unknown> }).paint = paint;
	if (copy.type === 'symbol') copy.layout = { ...copy.layout, 'text-allow-overlap': true, 'text-ignore-placement': true, 'icon-allow-overlap': true, 'icon-ignore-placement': true };
	if ('source-layer' in copy) delete (copy as { 'source-layer'?: string })['source-layer'];
	return copy;
}

/** A line across the middle of the view, a point at its centre and a small square round it. */
function features(map: MapLibreMap): GeoJSONSourceSpecification['data'] {
	const b = map.getBounds();
	const c = map.getCenter();
	const w = (b.getEast() - b.getWest()) * 0.3;
	const h = (b.getNorth() - b.getSouth()) * 0.05;
	const properties = { ...LABEL_PROPERTIES, kind: 'warm-up', rank: 1, class: 1, type: 'warm-up' };
	return {
		type: 'FeatureCollection',
		features: [
			{ type: 'Feature', properties, geometry: { type: 'LineString', coordinates: [[c.lng - w, c.lat], [c.lng, c.lat + h / 4], [c.lng + w, c.lat]] } },
			{ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [c.lng, c.lat] } },
			{ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [[[c.lng - h, c.lat - h], [c.lng + h, c.lat - h], [c.lng + h, c.lat + h], [c.lng - h, c.lat + h], [c.lng - h, c.lat - h]]] } }
		]
	};
}

const idle = (fn: () => void): (() => void) => {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(fn, { timeout: 1500 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(fn, 50);
	return () => clearTimeout(id);
};

/**
 * Draws copies of the style's layers that the view has not drawn yet (those of the sources in `later`, which start empty,
 * and those outside their zoom range), BATCH at a time under `beforeId` (an opaque layer), each batch for one frame once
 * its features are laid out, then removes them; `ondone` when all have been. Returns a function that stops and removes whatever is left.
 */
export function warmUpPrograms(map: MapLibreMap, later: readonly string[], beforeId: string, ondone?: () => void): () => void {
	const zoom = map.getZoom();
	const undrawn = (l: LayerSpecification) => ('source' in l && later.includes(l.source as string)) || zoom < (l.minzoom ?? 0) || zoom >= (l.maxzoom ?? 24);
	const copies = map.getStyle().layers.filter(undrawn).flatMap((l) => [warmUpCopy(l)].filter((c) => c !== null));
	let stopped = false;
	let cancelIdle = () => {};
	let shown: string[] = [];
	const clear = () => {
		for (const id of shown) if (map.getLayer(id)) map.removeLayer(id);
		shown = [];
	};
	let frames = 0;
	const onRender = () => {
		// A frame drawn with the batch's tiles loaded has compiled its programs (the first frame after adding them only asks for them).
		if (++frames < 2 || !map.isSourceLoaded(SOURCE)) return;
		map.off('render', onRender);
		clear();
		cancelIdle = idle(step);
	};
	function step() {
		if (stopped || !map.getSource(SOURCE)) return;
		const batch = copies.splice(0, BATCH);
		try {
			if (!batch.length) {
				map.removeSource(SOURCE);
				ondone?.();
				return;
			}
			shown = batch.map((l) => l.id);
			for (const l of batch) map.addLayer(l, beforeId);
		} catch (err) {
			// A warm-up that cannot go on leaves the map as it was: the programs are then compiled when first needed.
			console.warn('map warm-up stopped:', err);
			return stop();
		}
		frames = 0;
		map.on('render', onRender);
		map.triggerRepaint();
	}
	const start = () => {
		if (stopped) return;
		map.addSource(SOURCE, { type: 'geojson', data: features(map), maxzoom: 0 });
		cancelIdle = idle(step);
	};
	const timer = setTimeout(start, QUIET_MS);
	cancelIdle = () => clearTimeout(timer);
	function stop() {
		stopped = true;
		cancelIdle();
		map.off('render', onRender);
		try {
			if (!map.getStyle()) return;
			clear();
			if (map.getSource(SOURCE)) map.removeSource(SOURCE);
		} catch {
			/* a map being removed */
		}
	}
	return stop;
}
