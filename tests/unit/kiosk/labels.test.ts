// The kiosk's map labels are at least 16 px at 1920×1080 and 1080×1920: every label layer's text-size, read from the style at each zoom the kiosk's chapters pass through, for every feature it draws.
import { beforeAll, describe, expect, it } from 'vitest';
import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { storyFromFiles } from '../../e2e/story-data';
import { scene, type Story } from '../../../src/lib/story/scene';
import { viewportFor } from '../../../src/lib/stage/viewport';
import { buildStyle, SOURCE_IDS } from '../../../src/lib/map/style';
import { labelFeatures } from '../../../src/lib/map/labels';
import { buildCityPlans, buildDetail, buildOverview } from '../../../scripts/basemap-tiers';
import { KIOSK_TEXT_SCALE } from '../../../src/lib/kiosk/layout';

const MIN_PX = 16;
const SCREENS = [[1920, 1080], [1080, 1920]] as const;
type F = Feature<Geometry, Record<string, unknown>>;

let story: Story;
let data: Record<string, F[]>;
beforeAll(() => {
	story = storyFromFiles();
	const fc = (x: FeatureCollection) => x.features as F[];
	data = {
		[SOURCE_IDS.basemap]: fc(buildOverview()),
		[SOURCE_IDS.detail]: fc(buildDetail()),
		[SOURCE_IDS.places]: fc(labelFeatures(story.places).features),
		[SOURCE_IDS.cities]: fc(buildCityPlans())
	};
}, 120_000);

/** Every zoom the kiosk's camera passes through: each chapter from its start to its end, on both screens. */
function kioskZooms(): number[] {
	const zooms = new Set<number>();
	for (const [w, h] of SCREENS)
		for (let index = 0; index < story.chapters.length; index++)
			for (const progress of [0, 0.1, 0.2, 0.4, 0.6, 0.8, 1]) zooms.add(Math.round(scene(story, { index, progress }, viewportFor('kiosk', w, h)).camera.zoom * 100) / 100);
	return [...zooms].sort((a, b) => a - b);
}

/** The smallest label a symbol layer draws at `zoom` over the features its filter lets through (undefined: it draws none there). */
function smallestLabel(layer: LayerSpecification, zoom: number): number | undefined {
	if (layer.type !== 'symbol' || !('source' in layer)) return undefined;
	if ((layer.minzoom ?? 0) > zoom || (layer.maxzoom ?? 24) <= zoom) return undefined;
	const size = expression.createPropertyExpression(layer.layout?.['text-size'] ?? 16, 'text-size', latest.layout_symbol['text-size'] as never);
	if (size.result !== 'success') throw new Error(`${layer.id}: ${JSON.stringify(size.value)}`);
	const filter = layer.filter ? expression.createExpression(layer.filter, 'filter', latest.filter as never) : null;
	let min: number | undefined;
	for (const f of data[layer.source as string] ?? []) {
		const feature = { type: f.geometry.type === 'Point' ? 1 : f.geometry.type.includes('Line') ? 2 : 3, properties: f.properties ?? {} } as never;
		if (filter && filter.result === 'success' && !filter.value.evaluate({ zoom }, feature)) continue;
		const px = size.value.evaluate({ zoom }, feature) as number;
		if (min === undefined || px < min) min = px;
	}
	return min;
}

describe('kiosk labels', () => {
	it(`are at least ${MIN_PX} px at every zoom the kiosk shows (place, river and context labels)`, () => {
		const style = buildStyle({ basemapUrl: '/generated/basemap.json', fontFaces: {}, places: labelFeatures(story.places).features, textScale: KIOSK_TEXT_SCALE });
		const zooms = kioskZooms();
		expect(zooms.length).toBeGreaterThan(10);
		const small: string[] = [];
		const drawn = new Set<string>();
		for (const layer of style.layers)
			for (const zoom of zooms) {
				const px = smallestLabel(layer, zoom);
				if (px === undefined) continue;
				drawn.add(layer.id);
				if (px < MIN_PX) small.push(`${layer.id} at zoom ${zoom}: ${px.toFixed(1)} px`);
			}
		expect(small).toEqual([]);
		// The check saw the labels the brief names: places, rivers, and the context (lakes, ranges, Korea, the 38th parallel).
		// (places-major-label is checked too, but draws nothing while no place in geodata/places.geojson has rank 1.)
		for (const id of ['places-minor-label', 'unit-labels', 'rivers-overview-label', 'detail-river-labels', 'context-waters', 'context-ranges', 'context-parallel', 'context-countries'])
			expect(drawn, id).toContain(id);
	});

	it('are the story\'s sizes when the scale is 1, and the scaled style is valid', () => {
		const places = labelFeatures(story.places).features;
		const plain = buildStyle({ basemapUrl: '/b.json', fontFaces: {}, places });
		expect(buildStyle({ basemapUrl: '/b.json', fontFaces: {}, places, textScale: 1 })).toEqual(plain);
		const scaled = buildStyle({ basemapUrl: '/b.json', fontFaces: {}, places, textScale: 2 });
		for (const [a, b] of plain.layers.map((l, i) => [l, scaled.layers[i]!] as const)) {
			if (a.type !== 'symbol') continue;
			const at = (l: LayerSpecification) => smallestLabel(l, 6);
			if (at(a) !== undefined) expect(at(b), a.id).toBeCloseTo(2 * at(a)!, 5);
		}
	});
});
