// Applies a Scene to a MapLibre map: camera, the travelled route and the vehicle. The only place a Scene touches the map.
import type { GeoJSONSource, Map as MapLibreMap, Marker } from 'maplibre-gl';
import type { Scene } from '../story/scene';
import type { Journey } from '../story/journey';
import type { Viewport } from '../story/camera';
import { drawnRoutes } from './route-features';
import { ROUTE_SOURCES, showJourney } from './route-layers';
import type { createVehicleElement } from './vehicle';
import { epochAt, STORY_DATE } from './labels';

/*
 * How the travelled route is drawn, and why. The route is ~9,000 km (hundreds of vertices).
 * Each scene re-slices it on the main thread (binary search for the cut, then copying the
 * vertices before it: well under a millisecond, see bench/scene.ts) and hands the result to
 * GeoJSONSource.setData. That is exact at every zoom (the line ends precisely at the vehicle),
 * keeps per-leg properties so inferred legs stay dashed, and leaves the tiles of the basemap alone.
 * Rejected: `line-gradient` with `line-progress` — progress is measured in Mercator units per
 * feature, so a cut at a km needs a per-journey Mercator table, one feature (and layer) per run
 * of equal certainty, and its texture quantises the cut; filters or feature-state need the line
 * chopped into chunks plus a separate tip anyway. The cost of setData is that the worker re-tiles
 * the drawn line (a frame or two behind the camera); the vehicle is a DOM marker moved in the same
 * frame as the camera, so it never lags, and it covers the tip of the line.
 */
export class SceneApplier {
	private lastDrawnKey = '';
	private lastActive: string | null | undefined = undefined;
	private lastEpoch = -1;

	constructor(
		private readonly map: MapLibreMap,
		private readonly journeys: ReadonlyMap<string, Journey>,
		private readonly marker: Marker,
		private readonly vehicle: ReturnType<typeof createVehicleElement>,
		private readonly labelBoundaries: readonly number[]
	) {}

	/** While the WebGL context is lost MapLibre has no style to change; the next scene after it returns is applied in full. */
	suspended = false;

	invalidate(): void {
		this.lastDrawnKey = '';
		this.lastActive = undefined;
		this.lastEpoch = -1;
	}

	apply(scene: Scene, vp: Viewport): void {
		if (this.suspended) return;
		const { camera } = scene;
		this.map.jumpTo({ center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch, padding: vp.padding });

		// Place names follow the story's date, but only re-lay out labels when a renaming is crossed.
		const epoch = epochAt(this.labelBoundaries, scene.time ?? STORY_DATE);
		if (epoch !== this.lastEpoch) {
			this.lastEpoch = epoch;
			this.map.setGlobalStateProperty('epoch', epoch);
		}

		const active = scene.routes.find((r) => r.active)?.journeyId ?? null;
		if (active !== this.lastActive) {
			this.lastActive = active;
			showJourney(this.map, active);
		}

		const key = scene.routes.map((r) => `${r.journeyId}:${r.drawnKm.toFixed(3)}`).join('|');
		if (key !== this.lastDrawnKey) {
			this.lastDrawnKey = key;
			this.map.getSource<GeoJSONSource>(ROUTE_SOURCES.drawn)?.setData(drawnRoutes(this.journeys, scene.routes));
		}

		const v = scene.vehicle;
		this.marker.getElement().style.visibility = v ? 'visible' : 'hidden';
		if (v) {
			this.marker.setLngLat(v.lngLat);
			this.vehicle.update(v.mode, v.bearing, camera.bearing);
		}
	}
}
