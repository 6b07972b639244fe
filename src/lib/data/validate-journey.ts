// Validation of one journey file: schema, references, geometry sanity, the chain of legs and the order of time.
import { journeyFile, legFeature, stopFeature, type JourneyMeta, type LegFeature, type PlaceFeature, type Source, type StopFeature } from './schema';
import { fieldOf, type GeodataIssue } from './errors';
import { checkTimes, orderChain } from './chain';
import { crossTrackKm, distanceKm } from '../geo/measure';
import { checkPlaced, checkSource, JOIN_TOLERANCE_KM, type At } from './validate-common';

export interface ValidJourney {
	file: string;
	meta: JourneyMeta;
	/** In travel order. */
	stops: StopFeature[];
	/** In travel order; legs[i] runs from stops[i] to stops[i + 1]. */
	legs: LegFeature[];
}


/** Longest plausible step between two vertices of a leg, by mode: a longer one is a typo or a swapped lon/lat. */
const MAX_STEP_KM = { rail: 150, road: 150, sea: 600, air: 200 } as const;

/** A flight is drawn as a great circle: every vertex lies on it, within this distance. */
const GREAT_CIRCLE_TOLERANCE_KM = 5;

export function validateJourney(
	file: string,
	raw: unknown,
	places: ReadonlyMap<string, PlaceFeature>,
	sources: ReadonlyMap<string, Source>,
	issues: GeodataIssue[]
): ValidJourney | undefined {
	const before = issues.length;
	const top = journeyFile.safeParse(raw);
	if (!top.success) {
		for (const i of top.error.issues) issues.push({ file, field: fieldOf(i.path), message: i.message });
		return undefined;
	}
	const meta = top.data.journey;
	const base = file.split('/').pop()!;
	if (base !== `${meta.id}.geojson`) issues.push({ file, field: 'journey.id', message: `"${meta.id}" does not match the file name; expected ${meta.id}.geojson` });
	meta.sources.forEach((s, k) => checkSource(sources, s, { file, field: `journey.sources[${k}]` }, issues));

	const stops = new Map<string, { feature: StopFeature; index: number }>();
	const legs: { feature: LegFeature; index: number }[] = [];
	const ids = new Set<string>();
	top.data.features.forEach((f, index) => {
		const rawId = (f as { id?: unknown } | null)?.id;
		const at = { file, featureIndex: index, featureId: typeof rawId === 'string' ? rawId : undefined };
		const kind = (f as { properties?: { kind?: unknown } } | null)?.properties?.kind;
		if (kind !== 'stop' && kind !== 'leg') {
			issues.push({ ...at, field: 'properties.kind', message: `must be "stop" or "leg", got ${JSON.stringify(kind)}` });
			return;
		}
		const r = kind === 'stop' ? stopFeature.safeParse(f) : legFeature.safeParse(f);
		if (!r.success) {
			for (const i of r.error.issues) issues.push({ ...at, field: fieldOf(i.path), message: i.message });
			return;
		}
		if (ids.has(r.data.id)) issues.push({ ...at, field: 'id', message: `duplicate feature id "${r.data.id}"` });
		ids.add(r.data.id);
		r.data.properties.sources.forEach((s, k) => checkSource(sources, s, { ...at, field: `properties.sources[${k}]` }, issues));
		if (kind === 'stop') {
			const stop = r.data as StopFeature;
			checkStop(stop, places, sources, at, issues);
			stops.set(stop.id, { feature: stop, index });
		} else legs.push({ feature: r.data as LegFeature, index });
	});

	for (const { feature: leg, index } of legs) checkLeg(leg, stops, { file, featureIndex: index, featureId: leg.id }, issues);
	if (issues.length !== before) return undefined;

	const chain = orderChain(file, stops, legs, issues);
	if (!chain) return undefined;
	checkTimes(file, chain.stops, (id) => stops.get(id)!.index, places, issues);
	return issues.length === before ? { file, meta, ...chain } : undefined;
}

function checkStop(stop: StopFeature, places: ReadonlyMap<string, PlaceFeature>, sources: ReadonlyMap<string, Source>, at: At, issues: GeodataIssue[]) {
	checkPlaced(stop, places, sources, at, issues);
	const p = stop.properties;
	if (p.certainty === 'interpolated' && (p.arrive || p.depart)) {
		issues.push({ ...at, field: p.arrive ? 'properties.arrive' : 'properties.depart', message: 'an interpolated stop has no date of its own: remove it, or give the stop the certainty its sources support' });
	}
}

function checkLeg(leg: LegFeature, stops: ReadonlyMap<string, { feature: StopFeature }>, at: At, issues: GeodataIssue[]) {
	const coords = leg.geometry.coordinates;
	const { from, to, mode } = leg.properties;
	for (const [field, id, end] of [['properties.from', from, coords[0]!], ['properties.to', to, coords[coords.length - 1]!]] as const) {
		const stop = stops.get(id);
		if (!stop) {
			issues.push({ ...at, field, message: `unknown stop "${id}" (no stop with that id in this journey)` });
			continue;
		}
		const d = distanceKm(end, stop.feature.geometry.coordinates);
		if (d > JOIN_TOLERANCE_KM) issues.push({ ...at, field: 'geometry.coordinates', message: `the line's ${field.endsWith('from') ? 'first' : 'last'} point is ${d.toFixed(1)} km from stop "${id}"; legs must connect within ${JOIN_TOLERANCE_KM} km` });
	}
	if (mode === 'air' && distanceKm(coords[0]!, coords[coords.length - 1]!) > 50) {
		const off = coords.findIndex((c) => crossTrackKm(c, coords[0]!, coords[coords.length - 1]!) > GREAT_CIRCLE_TOLERANCE_KM);
		if (off >= 0) issues.push({ ...at, field: `geometry.coordinates[${off}]`, message: `is ${Math.round(crossTrackKm(coords[off]!, coords[0]!, coords[coords.length - 1]!))} km off the great circle from the leg's first to its last point: draw a flight as a great circle (one leg per hop)` });
	}
	for (let i = 1; i < coords.length; i++) {
		if (Math.abs(coords[i]![0]! - coords[i - 1]![0]!) > 180) {
			issues.push({ ...at, field: `geometry.coordinates[${i}]`, message: `crosses the antimeridian (longitude ${coords[i - 1]![0]} to ${coords[i]![0]}): the map cannot draw that; keep longitudes continuous beyond ±180 or end the leg at the line` });
			break;
		}
		const step = distanceKm(coords[i - 1]!, coords[i]!);
		if (step > MAX_STEP_KM[mode]) {
			issues.push({ ...at, field: `geometry.coordinates[${i}]`, message: `jumps ${Math.round(step)} km from the previous point (more than ${MAX_STEP_KM[mode]} km for ${mode}): a typo, swapped lon/lat, or a line that needs densifying` });
			break;
		}
	}
}
