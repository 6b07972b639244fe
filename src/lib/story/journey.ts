// A journey ready for the story engine: its route measured, its dated stops turned into a timeline, and its state at any distance.
import type { JourneyCore, StopCore } from '../data/types';
import { measureLine, pointAt, bearingAt, type MeasuredLine } from '../geo/polyline';
import { timeAtKm, kmAtTime, type Anchor } from '../geo/timeline';
import { anchorsOf } from '../data/anchors';
import { isoLocalDate } from '../data/dates';
import type { LngLat } from '../geo/measure';

export interface Journey extends JourneyCore {
	line: MeasuredLine;
	anchors: Anchor[];
	/** km along the route of each stop, in stop order. */
	stopKm: number[];
}

export function hydrateJourney(data: JourneyCore): Journey {
	const line = measureLine(data.coords);
	const stopKm = data.stops.map((s) => line.km[s.vertex]!);
	const anchors = anchorsOf(data.stops, stopKm);
	return { ...data, line, anchors, stopKm };
}

export interface JourneyState {
	km: number;
	lngLat: LngLat;
	bearing: number;
	/** Epoch ms at this point of the journey. */
	t: number;
	/** Offset (minutes) of the last stop passed, to show the local date. */
	offsetMin: number;
	/** True when the date is not known to the day here (it falls between anchors on different days, or rests on an uncertain date). */
	approx: boolean;
	/** Index of the last stop at or before km. */
	stopIndex: number;
	/** The stop the vehicle is at (within `nearKm`), if any. */
	atStop?: StopCore;
	/** The next stop, when between stops. */
	nextStop?: StopCore;
	legIndex: number;
}

/** How near a stop the vehicle must be for the readout to name it (at most; a fifth of the leg on short legs). */
export const NEAR_STOP_KM = 25;

export function stateAtKm(j: Journey, km: number, offsetOf: (place: string) => number): JourneyState {
	const d = Math.min(Math.max(km, 0), j.line.totalKm);
	const t = timeAtKm(j.anchors, d);
	let stopIndex = 0;
	while (stopIndex + 1 < j.stopKm.length && j.stopKm[stopIndex + 1]! <= d) stopIndex++;
	const last = j.stops[stopIndex]!;
	const next = j.stops[stopIndex + 1];
	// On a short drive across a city, "near" must shrink with the leg, or the readout would name the stop just left all the way.
	const legKm = next !== undefined ? j.stopKm[stopIndex + 1]! - j.stopKm[stopIndex]! : Infinity;
	const near = Math.min(NEAR_STOP_KM, legKm * 0.2);
	const nearLast = d - j.stopKm[stopIndex]! <= near;
	const nearNext = next !== undefined && j.stopKm[stopIndex + 1]! - d <= near;
	const atStop = nearLast ? last : nearNext ? next : undefined;
	const offsetMin = offsetOf((atStop ?? last).place);
	return {
		km: d,
		lngLat: pointAt(j.line, d),
		bearing: bearingAt(j.line, d),
		t,
		offsetMin,
		approx: isApprox(j, d, offsetMin),
		stopIndex,
		atStop,
		nextStop: atStop ? undefined : next,
		legIndex: Math.min(stopIndex, j.legs.length - 1)
	};
}

/**
 * The state at a moment: where the vehicle was at time t. Unlike stateAtKm, during a stay it
 * reports the moment itself (the days pass while the place stays), which is what a chapter that
 * scrubs by time shows.
 */
export function stateAtTime(j: Journey, t: number, offsetOf: (place: string) => number): JourneyState {
	const first = j.anchors[0]!.t;
	const last = j.anchors[j.anchors.length - 1]!.t;
	const tt = Math.min(Math.max(t, first), last);
	const s = stateAtKm(j, kmAtTime(j.anchors, tt), offsetOf);
	const k = j.anchors.findIndex((a, i) => i + 1 < j.anchors.length && a.t <= tt && tt <= j.anchors[i + 1]!.t);
	const a = j.anchors[k];
	const b = j.anchors[k + 1];
	// In a stay both ends are dated stops at the same place, so the day shown is as sure as they are.
	const stay = a !== undefined && b !== undefined && a.km === b.km;
	return { ...s, t: tt, approx: stay ? uncertainAt(j, a.km) : s.approx };
}

/** Whether a stop at km rests on an uncertain date. */
const uncertainAt = (j: Journey, km: number) => j.stops.some((s, k) => j.stopKm[k] === km && s.certainty === 'uncertain');

/** The local date is exact only where the anchors around d fall on the same local day and neither is uncertain. */
function isApprox(j: Journey, d: number, offsetMin: number): boolean {
	const a = j.anchors;
	const at = a.find((x) => Math.abs(x.km - d) < 1e-6);
	if (at) return uncertainAt(j, at.km);
	let i = 0;
	while (i + 1 < a.length && a[i + 1]!.km <= d) i++;
	const lo = a[i]!;
	const hi = a[Math.min(i + 1, a.length - 1)]!;
	if (isoLocalDate(lo.t, offsetMin) !== isoLocalDate(hi.t, offsetMin)) return true;
	return uncertainAt(j, lo.km) || uncertainAt(j, hi.km);
}
