// Applies a Scene to a MapLibre map: camera, the travelled route and the vehicle. The only place a Scene touches the map.
import type { GeoJSONSource, Map as MapLibreMap, Marker } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { Scene } from '../story/scene';
import type { Journey } from '../story/journey';
import type { Camera, Viewport } from '../story/camera';
import { drawnNetwork, journeyKeys, type LiveLine, type LiveRoute } from './route-features';
import { emptySent, MIN_TIP_MOVE_PX, planRouteUpdate, worldPx, type SentState } from './route-diff';
import { ROUTE_SOURCES, setTravelled, showJourney } from './route-layers';
import type { LiveRouteLayer } from './live-route';
import { liveMesh } from './live-mesh';
import type { createVehicleElement } from './vehicle';
import { epochAt, STORY_DATE, type LabelProperties } from './labels';
import { EVENT_MIN_ZOOM, type EventMarkers } from './event-markers';
import type { LazySource } from './lazy-sources';
import { fetchDueSources } from './fetch-lazy';
import { restrictTiles } from './source-cover';
import { tileCover } from './tile-cover';
import { TILE_MAXZOOM } from './style';
import { Settle } from './settle';

/**
 * How long the vehicle stays at a place before its name moves aside. Each move is a setData of the vehicle label's source and a
 * tile or two laid out again in the worker: a scroll-through passing 34 stations sent 135 messages for names shown for a frame or two.
 */
export const VEHICLE_LABEL_SETTLE_MS = 250;

/*
 * How the travelled route is drawn, and why. The route must end exactly at the vehicle at every zoom, keep its
 * legs' properties (inferred legs dashed) and move in the same frame as the camera and the vehicle. The journey
 * being told is drawn by a custom WebGL layer (map/live-route.ts) from its vertices, each frame it moves: no message
 * to the worker, no tile reloaded, never a frame behind the vehicle. The other journeys, which change only when the
 * story turns from one journey to another, are GeoJSON, updated with GeoJSONSource.updateData (it re-tiles only the
 * tiles a changed piece touches), and the source is asked only for the tiles they reach. A journey the story has just
 * turned from stays in the live layer until the source has tiled it, so it never blinks out. Rejected: the whole
 * network as GeoJSON with a short tip updated each frame (a third of a scroll's worker messages, as MapLibre also
 * empties a source's tile cache with every update, and the tip a frame or more behind the vehicle); `line-gradient`
 * with `line-progress` (a gradient texture re-rendered for every tile each frame, progress in Mercator units per
 * feature, a layer per journey).
 */
export class SceneApplier {
	private sent: SentState = emptySent();
	private lastActive: string | null | undefined = undefined;
	private lastLegs: ReadonlySet<string> = new Set();
	private lastEpoch = -1;
	private lastCamera = '';
	private lastEvents = '';
	/** The place whose name stands clear of the vehicle ('' none), once the vehicle has stayed there. */
	private readonly vehicleAt = new Settle<string>('', VEHICLE_LABEL_SETTLE_MS, (from, to) => {
		if (!this.suspended) this.moveVehicleLabel(from, to);
	});
	/** The told journey as last drawn live; and the one told before it, kept live until the drawn source has tiled it. */
	private lastLive: LiveRoute | null = null;
	private carry: LiveLine[] = [];
	/** Whether the live layers hold a carried journey as last drawn. */
	private carried = false;

	constructor(
		private readonly map: MapLibreMap,
		private readonly journeys: ReadonlyMap<string, Journey>,
		private readonly marker: Marker,
		private readonly vehicle: ReturnType<typeof createVehicleElement>,
		/** The place names: their renamings, their features and ids, their source, and the source that shows the one the vehicle stands at. */
		private readonly labels: { boundaries: readonly number[]; features: FeatureCollection<Point, LabelProperties>; idsByPlace: ReadonlyMap<string, number>; source: string; vehicleSource: string },
		private readonly events?: EventMarkers,
		/** The tiers the style declares empty, and how to turn their file into a URL the page can fetch. */
		private readonly lazy: { sources: readonly LazySource[]; url: (file: string) => string; ondata?: (id: string) => void } = { sources: [], url: (f) => f },
		/** The live layers of the journey being told (route-layers.ts createLiveLayers), already in the style. */
		private readonly live?: { casing: LiveRouteLayer; line: LiveRouteLayer }
	) {
		this.keys = journeyKeys(journeys.values());
	}

	private loadedTiers = new Set<string>();
	/** The still source's keys of each journey's legs and stops. */
	private readonly keys: Map<string, string[]>;

	/** While the WebGL context is lost MapLibre has no style to change; the next scene after it returns is applied in full. */
	suspended = false;

	/** The map is going: nothing waits to be applied to it. */
	dispose(): void {
		this.vehicleAt.cancel();
	}

	invalidate(): void {
		this.sent = emptySent();
		this.lastActive = undefined;
		this.lastLegs = new Set();
		this.lastEpoch = -1;
		this.lastCamera = '';
		this.lastEvents = '';
		this.lastLive = null;
		this.carry = [];
		this.drawLive([]);
		// A rebuilt style has no feature state, and its snapshot may still hold the name the vehicle was at; the next scene puts it back.
		this.vehicleAt.now('');
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
		fetchDueSources(this.map, this.lazy.sources, this.loadedTiers, camera.zoom, this.lazy.url, this.lazy.ondata);

		// Place names follow the story's date, but only re-lay out labels when a renaming is crossed.
		const epoch = epochAt(this.labels.boundaries, scene.time ?? STORY_DATE);
		if (epoch !== this.lastEpoch) {
			this.lastEpoch = epoch;
			this.map.setGlobalStateProperty('epoch', epoch);
		}

		// The place the vehicle stands at has its name moved aside (style.ts VEHICLE_CLEAR_EM), once it has stayed there a moment.
		const at = (scene.vehicle && scene.readout?.at) || '';
		this.vehicleAt.offer(at);

		const active = scene.routes.find((r) => r.active)?.journeyId ?? null;
		if (active !== this.lastActive) {
			showJourney(this.map, this.keys, this.lastActive ?? null, active);
			this.lastActive = active;
		}

		const network = drawnNetwork(this.journeys, scene.routes);
		if (!sameSet(network.legs, this.lastLegs)) {
			setTravelled(this.map, this.lastLegs, network.legs);
			this.lastLegs = network.legs;
		}
		const plan = planRouteUpdate(this.sent, network, camera.zoom);
		this.sent = plan.sent;
		// Checked before this scene's update goes out: a journey told before leaves the live layer once the source has it.
		if (this.carry.length && this.map.isSourceLoaded(ROUTE_SOURCES.drawn)) this.carry = [];
		if (plan.diff) {
			void this.map.getSource<GeoJSONSource>(ROUTE_SOURCES.drawn)?.updateData(plan.diff);
			// The source is asked only for the tiles its pieces reach: none before a journey is over, a few after.
			restrictTiles(this.map, { [ROUTE_SOURCES.drawn]: tileCover([...network.settled.values(), ...network.tips.values()].map((f) => f.geometry), TILE_MAXZOOM.route) });
		}
		this.updateLive(network.live, camera.zoom);

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

	/**
	 * The name of the place `to` ('' for none) shown clear of the vehicle, the name of `from` back in its place: the label
	 * under the vehicle is hidden by feature state (no re-layout of the names' tiles) and a copy of it goes to the vehicle
	 * label's source, which has only that one feature and is asked only for its tiles.
	 */
	private moveVehicleLabel(from: string, to: string): void {
		const a = this.labels.idsByPlace.get(from);
		const b = this.labels.idsByPlace.get(to);
		// A station and the city it names share a label: nothing moves. From '' (a rebuilt style) the source is emptied all the same.
		if (a === b && from !== '') return;
		if (a !== undefined) this.map.removeFeatureState({ source: this.labels.source, id: a }, 'vehicle');
		if (b !== undefined) this.map.setFeatureState({ source: this.labels.source, id: b }, { vehicle: true });
		const feature = b === undefined ? undefined : this.labels.features.features.find((f) => f.id === b);
		void this.map.getSource<GeoJSONSource>(this.labels.vehicleSource)?.setData({ type: 'FeatureCollection', features: feature ? [feature] : [] });
		restrictTiles(this.map, { [this.labels.vehicleSource]: feature ? tileCover([feature.geometry], TILE_MAXZOOM.places) : new Set() });
	}

	/** Draws the told journey live, unless only its end moved, by less than MIN_TIP_MOVE_PX at this zoom. */
	private updateLive(live: LiveRoute | null, zoom: number): void {
		const was = this.lastLive;
		// The story turned to another journey: the one told until now goes to the drawn source, and stays live until it is there.
		if (was && was.journey !== live?.journey) this.carry = was.lines;
		const carried = this.carry.length > 0;
		if (live && was && live.key === was.key && carried === this.carried && worldPx(was.end, live.end, zoom) < MIN_TIP_MOVE_PX) return;
		if (!live && !was && carried === this.carried) return;
		this.lastLive = live;
		this.carried = carried;
		this.drawLive([...this.carry, ...(live?.lines ?? [])]);
	}

	private drawLive(lines: readonly LiveLine[]): void {
		if (!this.live) return;
		// Meshed once: the casing and the line draw the same solid legs (the casing goes under solid legs only, as in the style).
		const solid = lines.filter((l) => !l.dashed).map((l) => liveMesh(l.coords));
		this.live.casing.set({ solid, dashed: [] });
		this.live.line.set({ solid, dashed: lines.filter((l) => l.dashed).map((l) => liveMesh(l.coords)) });
	}
}

/** Whether two sets hold the same keys (checked every frame: no array made). */
function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
	if (a.size !== b.size) return false;
	for (const k of a) if (!b.has(k)) return false;
	return true;
}

/** Cameras closer than a millionth of a degree or of a zoom level are the same camera. */
const cameraKey = (c: Camera, vp: Viewport) =>
	`${c.center[0].toFixed(6)},${c.center[1].toFixed(6)},${c.zoom.toFixed(6)},${c.bearing.toFixed(3)},${c.pitch.toFixed(3)},${vp.padding.top},${vp.padding.right},${vp.padding.bottom},${vp.padding.left},${vp.width},${vp.height}`;
