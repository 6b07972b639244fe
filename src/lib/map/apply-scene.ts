// Applies a Scene to a MapLibre map: camera, the travelled route and the vehicle. The only place a Scene touches the map.
import type { GeoJSONSource, Map as MapLibreMap, Marker } from 'maplibre-gl';
import type { Scene } from '../story/scene';
import type { Journey } from '../story/journey';
import type { Camera, Viewport } from '../story/camera';
import { drawnNetwork } from './route-features';
import { emptySent, planRouteUpdate, type SentState } from './route-diff';
import { ROUTE_SOURCES, showJourney } from './route-layers';
import type { createVehicleElement } from './vehicle';
import { epochAt, STORY_DATE, vehicleLabelDiff } from './labels';
import { EVENT_MIN_ZOOM, type EventMarkers } from './event-markers';
import { dueSources, type LazySource } from './lazy-sources';

/*
 * How the travelled route is drawn, and why. The route must end exactly at the vehicle at every
 * zoom, keep its legs' properties (inferred legs dashed) and move in the same frame as the camera.
 * Re-sending the whole drawn network with setData each frame did that, but made the worker re-tile
 * the whole source every frame (tens of messages a frame). So the network is cut into pieces that do
 * not change — whole legs, and runs of a few vertices of the leg in progress — and one short tip per
 * journey that ends at the vehicle. GeoJSONSource.updateData sends only what changed, and MapLibre
 * re-tiles only the tiles a changed piece touches: a tile or two for the tip. A tip that moved less
 * than half a pixel at the current zoom is not sent at all. Rejected: `line-gradient` with
 * `line-progress` (progress is per feature in Mercator units, its texture quantises the cut, and
 * MapLibre does not combine it with line-dasharray, which inferred legs need).
 */
export class SceneApplier {
	private sent: SentState = emptySent();
	private lastActive: string | null | undefined = undefined;
	private lastEpoch = -1;
	private lastCamera = '';
	private lastEvents = '';
	private lastAt = '';

	constructor(
		private readonly map: MapLibreMap,
		private readonly journeys: ReadonlyMap<string, Journey>,
		private readonly marker: Marker,
		private readonly vehicle: ReturnType<typeof createVehicleElement>,
		private readonly labels: { boundaries: readonly number[]; idsByPlace: ReadonlyMap<string, number>; source: string },
		private readonly events?: EventMarkers,
		/** The tiers the style declares empty, and how to turn their file into a URL the page can fetch. */
		private readonly lazy: { sources: readonly LazySource[]; url: (file: string) => string } = { sources: [], url: (f) => f }
	) {}

	private loadedTiers = new Set<string>();

	/** While the WebGL context is lost MapLibre has no style to change; the next scene after it returns is applied in full. */
	suspended = false;

	invalidate(): void {
		this.sent = emptySent();
		this.lastActive = undefined;
		this.lastEpoch = -1;
		this.lastCamera = '';
		this.lastEvents = '';
		// Whether the style's snapshot kept the mark on the label the vehicle was at or not, it is taken off; the next scene puts it back.
		const clear = vehicleLabelDiff(this.labels.idsByPlace, this.lastAt, '');
		this.lastAt = '';
		if (clear) void this.map.getSource<GeoJSONSource>(this.labels.source)?.updateData(clear);
		this.map.getSource<GeoJSONSource>(ROUTE_SOURCES.drawn)?.setData({ type: 'FeatureCollection', features: [] });
	}

	apply(scene: Scene, vp: Viewport): void {
		if (this.suspended) return;
		const { camera } = scene;
		// A camera that did not move costs nothing: no jump, no repaint, no tiles asked for.
		const key = cameraKey(camera, vp);
		if (key !== this.lastCamera) {
			this.lastCamera = key;
			this.map.jumpTo({ center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch, padding: vp.padding });
		}

		// The finer tiers come only when the camera gets near them: the first view stays light.
		if (this.loadedTiers.size < this.lazy.sources.length) {
			const b = this.map.getBounds();
			for (const t of dueSources(this.lazy.sources, this.loadedTiers, camera.zoom, [[b.getWest(), b.getSouth()], [b.getEast(), b.getNorth()]])) {
				this.loadedTiers.add(t.id);
				void this.map.getSource<GeoJSONSource>(t.id)?.setData(this.lazy.url(t.file));
			}
		}

		// Place names follow the story's date, but only re-lay out labels when a renaming is crossed.
		const epoch = epochAt(this.labels.boundaries, scene.time ?? STORY_DATE);
		if (epoch !== this.lastEpoch) {
			this.lastEpoch = epoch;
			this.map.setGlobalStateProperty('epoch', epoch);
		}

		// The place the vehicle stands at moves its name aside (style.ts VEHICLE_CLEAR_EM): only that label and the one it left change.
		const at = (scene.vehicle && scene.readout?.at) || '';
		if (at !== this.lastAt) {
			const diff = vehicleLabelDiff(this.labels.idsByPlace, this.lastAt, at);
			this.lastAt = at;
			if (diff) void this.map.getSource<GeoJSONSource>(this.labels.source)?.updateData(diff);
		}

		const active = scene.routes.find((r) => r.active)?.journeyId ?? null;
		if (active !== this.lastActive) {
			this.lastActive = active;
			showJourney(this.map, active);
		}

		const plan = planRouteUpdate(this.sent, drawnNetwork(this.journeys, scene.routes), camera.zoom);
		this.sent = plan.sent;
		if (plan.diff) void this.map.getSource<GeoJSONSource>(ROUTE_SOURCES.drawn)?.updateData(plan.diff);

		// The event markers change only when an event is reached or left, or the zoom changes by half a level (they group differently).
		const eventsKey = camera.zoom >= EVENT_MIN_ZOOM ? `${scene.events.join()}|${Math.round(camera.zoom * 2)}` : '';
		if (eventsKey !== this.lastEvents) {
			this.lastEvents = eventsKey;
			this.events?.update(scene.events, camera.zoom);
		}

		const v = scene.vehicle;
		this.marker.getElement().style.visibility = v ? 'visible' : 'hidden';
		if (v) {
			this.marker.setLngLat(v.lngLat);
			this.vehicle.update(v.mode, v.bearing, camera.bearing);
		}
	}
}

/** Cameras closer than a millionth of a degree or of a zoom level are the same camera. */
const cameraKey = (c: Camera, vp: Viewport) =>
	`${c.center[0].toFixed(6)},${c.center[1].toFixed(6)},${c.zoom.toFixed(6)},${c.bearing.toFixed(3)},${c.pitch.toFixed(3)},${vp.padding.top},${vp.padding.right},${vp.padding.bottom},${vp.padding.left},${vp.width},${vp.height}`;
