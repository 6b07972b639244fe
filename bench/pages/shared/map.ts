// Shared by the comparison pages: a MapLibre map made exactly as the story makes its own (same style, fonts, basemap URL, options and first camera).
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FontFacesSpecification } from 'maplibre-gl';
import fontFaces from '../../../src/lib/generated/font-faces.json';
import { buildStyle, SOURCE_IDS } from '../../../src/lib/map/style';
import { storyStacks } from '../../../src/lib/stage/viewport';
import config from 'virtual:bench-map';

/** The layout of this window: the story's phone layout for a narrow window held upright (stage/viewport.ts storyStacks), else its desktop layout. */
export const layout = storyStacks(innerWidth, innerHeight) ? 'phone' : 'desktop';

/** The map fills `stage` (a fixed element), in a container of its own as the story does: MapLibre's CSS makes its container `position: relative`. */
export function createMap(stage: HTMLElement): MapLibreMap {
	setWorkerUrl(workerUrl);
	const container = document.createElement('div');
	container.style.cssText = 'position: absolute; inset: 0';
	stage.appendChild(container);
	const first = config.first[layout];
	const map = new MapLibreMap({
		container,
		style: buildStyle({
			basemapUrl: new URL('/generated/basemap.json', location.href).href,
			fontFaces: fontFaces.en as FontFacesSpecification,
			places: config.places,
			epoch: config.epoch
		}),
		interactive: false,
		attributionControl: false,
		fadeDuration: 0,
		center: first.center,
		zoom: first.zoom
	});
	map.jumpTo(first);
	return map;
}

/**
 * The same signal the story gives (MapView.svelte): a performance mark and `data-map-ready` at the first frame drawn with
 * the sources that never change loaded: the basemap and the names, and `more` (the step page's routes, added at 'load').
 */
export function markFirstRender(map: MapLibreMap, stage: HTMLElement, onload?: () => void, more: readonly string[] = []): void {
	const steady = [SOURCE_IDS.basemap, SOURCE_IDS.places, ...more];
	map.once('load', () => {
		onload?.();
		const drawn = () => {
			if (!steady.every((id) => map.getSource(id) && map.isSourceLoaded(id))) return;
			map.off('render', drawn);
			performance.mark('map-first-render');
			stage.dataset.mapReady = 'true';
		};
		map.on('render', drawn);
	});
}
