// Orders a journey's stops and legs into one chain and checks that it is whole and that times run forward.
import type { LegFeature, PlaceFeature, StopFeature } from './schema';
import type { GeodataIssue } from './errors';
import { parseInstant } from './dates';

interface Located<T> {
	feature: T;
	index: number;
}

/**
 * Follows the legs from the one stop that no leg arrives at. Reports every break: a fork,
 * a loop, a stop or leg left off the chain. Returns the ordered stops and legs, or undefined.
 */
export function orderChain(
	file: string,
	stops: ReadonlyMap<string, Located<StopFeature>>,
	legs: readonly Located<LegFeature>[],
	issues: GeodataIssue[]
): { stops: StopFeature[]; legs: LegFeature[] } | undefined {
	const before = issues.length;
	const byFrom = new Map<string, Located<LegFeature>>();
	const arrivals = new Set<string>();
	for (const leg of legs) {
		const at = { file, featureIndex: leg.index, featureId: leg.feature.id };
		const { from, to } = leg.feature.properties;
		const other = byFrom.get(from);
		if (other) issues.push({ ...at, field: 'properties.from', message: `stop "${from}" already starts leg "${other.feature.id}": a journey is one chain, with no forks` });
		else byFrom.set(from, leg);
		if (arrivals.has(to)) issues.push({ ...at, field: 'properties.to', message: `another leg already arrives at stop "${to}"` });
		arrivals.add(to);
		if (from === to) issues.push({ ...at, field: 'properties.to', message: `leg starts and ends at the same stop "${from}"` });
	}
	const loose = [...stops.keys()].filter((id) => !arrivals.has(id) && !byFrom.has(id));
	for (const id of loose) {
		if (stops.size > 1) issues.push({ file, featureIndex: stops.get(id)!.index, featureId: id, field: 'id', message: 'this stop is not on any leg: every stop must be linked into the chain' });
	}
	if (loose.length > 0 && stops.size > 1) return undefined;
	const starts = [...stops.keys()].filter((id) => !arrivals.has(id));
	if (starts.length !== 1) {
		issues.push({ file, field: 'features', message: starts.length === 0 ? 'the legs form a loop: no stop is the start of the journey' : `the journey has ${starts.length} starting stops (${starts.join(', ')}); the legs must link every stop into one chain` });
		return undefined;
	}
	const orderedStops: StopFeature[] = [];
	const orderedLegs: LegFeature[] = [];
	let current: string | undefined = starts[0];
	const seen = new Set<string>();
	while (current !== undefined && !seen.has(current)) {
		seen.add(current);
		orderedStops.push(stops.get(current)!.feature);
		const leg = byFrom.get(current);
		if (!leg) break;
		orderedLegs.push(leg.feature);
		current = leg.feature.properties.to;
	}
	for (const [id, s] of stops) {
		if (!seen.has(id)) issues.push({ file, featureIndex: s.index, featureId: id, field: 'id', message: 'this stop is not on the chain of legs from the first stop' });
	}
	for (const leg of legs) {
		if (!orderedLegs.includes(leg.feature)) issues.push({ file, featureIndex: leg.index, featureId: leg.feature.id, field: 'properties.from', message: 'this leg is not on the chain from the first stop' });
	}
	return issues.length === before ? { stops: orderedStops, legs: orderedLegs } : undefined;
}

/** Times must run forward along the chain; the first and last stops must be dated. */
export function checkTimes(
	file: string,
	ordered: readonly StopFeature[],
	indexOf: (id: string) => number,
	places: ReadonlyMap<string, PlaceFeature>,
	issues: GeodataIssue[]
): void {
	// A date without a time covers its whole local day, so compare as intervals.
	let prev: { lo: number; text: string; stop: string } | undefined;
	ordered.forEach((stop, k) => {
		const at = { file, featureIndex: indexOf(stop.id), featureId: stop.id };
		const offset = places.get(stop.properties.place)?.properties.utcOffset ?? '+00:00';
		const p = stop.properties;
		if ((k === 0 || k === ordered.length - 1) && !p.arrive && !p.depart) {
			issues.push({ ...at, field: 'properties.arrive', message: `the ${k === 0 ? 'first' : 'last'} stop of a journey must have a date (arrive or depart)` });
		}
		for (const field of ['arrive', 'depart'] as const) {
			const text = p[field];
			if (!text) continue;
			let lo: number;
			let hi: number;
			try {
				const t = parseInstant(text, offset);
				const half = t.precision === 'day' ? 12 * 3600_000 : 0;
				[lo, hi] = [t.ms - half, t.ms + half];
			} catch (err) {
				issues.push({ ...at, field: `properties.${field}`, message: (err as Error).message });
				continue;
			}
			if (prev && hi < prev.lo) {
				issues.push({ ...at, field: `properties.${field}`, message: `${text} is earlier than ${prev.text} at stop "${prev.stop}": times must run forward along the journey` });
			}
			prev = { lo, text, stop: stop.id };
		}
	});
}
