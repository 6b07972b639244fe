// The story engine: (story, position, viewport) → Scene. Pure and wordless: scroll, a clock or a host page may drive it, and i18n/format puts it into words.
import type { Chapter } from './chapter';
import { TRANSITION, type Position } from './position';
import type { Journey, JourneyState } from './journey';
import { stateAtKm, stateAtTime } from './journey';
import { kmAtTime } from '../geo/timeline';
import { sliceTo } from '../geo/polyline';
import { blendCamera, boundsOf, fitBounds, smoothstep, type Camera, type Viewport } from './camera';
import { isoLocalDate, parseOffset } from '../data/dates';
import type { EventCore, PlaceCore } from '../data/types';
import type { LngLat } from '../geo/measure';
import type { Mode } from '../data/schema';

export interface Story {
	chapters: Chapter[];
	journeys: ReadonlyMap<string, Journey>;
	places: ReadonlyMap<string, PlaceCore>;
	/** Dated events with a map label, in date order. */
	events: readonly EventCore[];
}

export interface RouteState {
	journeyId: string;
	/** The route is drawn from its start up to this distance. */
	drawnKm: number;
	/** The journey the current chapter animates. */
	active: boolean;
}

export interface Scene {
	chapterIndex: number;
	chapterId: string;
	progress: number;
	camera: Camera;
	/** The story's moment at this point (epoch ms): the vehicle's time, or the date of a chapter without a journey. */
	time: number | null;
	routes: RouteState[];
	vehicle: { journeyId: string; lngLat: LngLat; bearing: number; mode: Mode } | null;
	readout: Readout | null;
	/** Ids of the dated events the story has reached in the journey being told, in date order. */
	events: string[];
}

/** Where and when the vehicle is, as data: the words come from i18n/format. */
export interface Readout {
	/** Epoch ms, and the UTC offset (minutes) of the place, to show the local date. */
	time: number;
	offsetMin: number;
	/** The local date, YYYY-MM-DD, for machines (data attributes, events). */
	dateIso: string;
	/** The date is worked out from the distance between dated stops (or rests on an uncertain one), not known to the day. */
	approx: boolean;
	/** The place id of the stop the vehicle is at, or the two stops it is between. */
	at: string | null;
	between: [string, string] | null;
	km: number;
	totalKm: number;
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : Number.isFinite(x) ? x : 0);

export function offsetMinutes(places: ReadonlyMap<string, PlaceCore>) {
	return (place: string): number => parseOffset(places.get(place)?.utcOffset ?? '+00:00');
}

const travelled = (story: Story, c: Chapter, p: number) => (c === story.chapters[0] ? clamp01(p) : clamp01((p - TRANSITION) / (1 - TRANSITION)));

/** The story's moment at chapter progress p, for a chapter that scrubs by time. */
export function chapterTime(story: Story, c: Chapter, p: number): number {
	return c.tFrom + (c.tTo - c.tFrom) * travelled(story, c, p);
}

/** km along the chapter's journey at chapter progress p (after the camera transition). */
export function chapterKm(story: Story, c: Chapter, p: number): number {
	if (!c.journey) return 0;
	if (c.scrub === 'time') return kmAtTime(story.journeys.get(c.journey)!.anchors, chapterTime(story, c, p));
	return c.kmFrom + (c.kmTo - c.kmFrom) * travelled(story, c, p);
}

function chapterCamera(story: Story, c: Chapter, state: JourneyState | null, vp: Viewport): Camera {
	const hint = c.camera;
	if (hint.mode === 'fixed') return { center: hint.center, zoom: hint.zoom, bearing: hint.bearing, pitch: hint.pitch };
	if (hint.mode === 'follow') {
		const center = state?.lngLat ?? [100, 50];
		return { center, zoom: hint.zoom, bearing: hint.bearing, pitch: hint.pitch };
	}
	const j = c.journey ? story.journeys.get(c.journey) : undefined;
	const pts: LngLat[] = !j ? [...story.places.values()].map((p) => p.lngLat) : hint.extent === 'journey' ? j.line.coords : sliceStretch(j, c.kmFrom, c.kmTo);
	return fitBounds(boundsOf(pts), vp, 40, hint.maxZoom);
}

function sliceStretch(j: Journey, from: number, to: number): LngLat[] {
	const upTo = sliceTo(j.line, to);
	const i = upTo.findIndex((_, k) => j.line.km[k]! >= from);
	return upTo.slice(Math.max(0, i - 1));
}

/** Where the camera rests at progress p of chapter index i, ignoring the transition in. */
function restingCamera(story: Story, i: number, p: number, vp: Viewport): Camera {
	const c = story.chapters[i]!;
	const state = c.journey ? stateAtKm(story.journeys.get(c.journey)!, chapterKm(story, c, p), offsetMinutes(story.places)) : null;
	return chapterCamera(story, c, state, vp);
}

export interface SceneOptions {
	/**
	 * prefers-reduced-motion: no camera flights and no scrubbing. Each chapter shows its whole
	 * stretch at once, framed by a still camera, and moves to the next by a jump.
	 */
	reducedMotion?: boolean;
}

export function scene(story: Story, position: Position, vp: Viewport, opts: SceneOptions = {}): Scene {
	const i = Math.min(Math.max(Math.trunc(position.index), 0), story.chapters.length - 1);
	const progress = position.progress;
	const p = opts.reducedMotion ? 1 : clamp01(progress);
	const c = story.chapters[i]!;
	const offsetOf = offsetMinutes(story.places);
	const j = c.journey ? story.journeys.get(c.journey)! : undefined;
	const km = chapterKm(story, c, p);
	const state = j ? (c.scrub === 'time' ? stateAtTime(j, chapterTime(story, c, p), offsetOf) : stateAtKm(j, km, offsetOf)) : null;

	let camera = opts.reducedMotion && c.camera.mode === 'follow' ? chapterCamera(story, { ...c, camera: { mode: 'fit', maxZoom: c.camera.zoom, extent: 'stretch' } }, state, vp) : chapterCamera(story, c, state, vp);
	if (i > 0 && p < TRANSITION && !opts.reducedMotion) {
		camera = blendCamera(restingCamera(story, i - 1, 1, vp), restingCamera(story, i, TRANSITION, vp), smoothstep(p / TRANSITION));
	}

	const routes: RouteState[] = [];
	for (const [id, journey] of story.journeys) {
		let drawnKm = 0;
		for (let k = 0; k < i; k++) {
			const prev = story.chapters[k]!;
			if (prev.journey === id) drawnKm = Math.max(drawnKm, prev.kmTo);
		}
		if (id === c.journey) drawnKm = km;
		routes.push({ journeyId: id, drawnKm: Math.min(drawnKm, journey.line.totalKm), active: id === c.journey });
	}

	const now = state ? state.t : c.tFrom;
	const events = j && Number.isFinite(now) ? story.events.filter((e) => e.collection === j.id && e.start.ms <= now).map((e) => e.id) : [];

	return {
		chapterIndex: i,
		chapterId: c.id,
		progress: opts.reducedMotion ? clamp01(progress) : p,
		camera,
		time: state ? state.t : Number.isFinite(c.tFrom) ? c.tFrom : null,
		routes,
		vehicle: j && state ? { journeyId: j.id, lngLat: state.lngLat, bearing: state.bearing, mode: j.legs[state.legIndex]!.mode } : null,
		readout:
			j && state
				? {
						time: state.t,
						offsetMin: state.offsetMin,
						dateIso: isoLocalDate(state.t, state.offsetMin),
						approx: state.approx,
						at: state.atStop?.place ?? null,
						between: state.atStop ? null : [j.stops[state.stopIndex]!.place, state.nextStop!.place],
						km: state.km,
						totalKm: j.line.totalKm
					}
				: null,
		events
	};
}
