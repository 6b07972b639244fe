// Compiles validated geodata into the compact, serialisable form the app ships: one route line per journey plus its stops and legs.
import type { PlaceFeature } from './schema';
import type { ValidJourney } from './validate-journey';
import { parseInstant, type Instant } from './dates';
import type { EventData, JourneyData, PlaceData } from './types';
import type { ValidEvents } from './validate-events';

export function compileJourney(j: ValidJourney, places: ReadonlyMap<string, PlaceFeature>): JourneyData {
	const coords: [number, number][] = [];
	const legs: JourneyData['legs'] = [];
	const stopVertex: number[] = [0];
	for (const leg of j.legs) {
		const line = leg.geometry.coordinates.map((c) => [round6(c[0]!), round6(c[1]!)] as [number, number]);
		// Legs meet within a kilometre: the shared stop keeps the previous leg's last vertex.
		const start = coords.length === 0 ? 0 : coords.length - 1;
		const from = coords.length === 0 ? line : line.slice(1);
		// A loop, not push(...from): spreading a long leg would overflow the call stack.
		for (const c of from) coords.push(c);
		const p = leg.properties;
		legs.push({ id: leg.id, from: p.from, to: p.to, mode: p.mode, certainty: p.certainty, sources: p.sources, note: p.note, start, end: coords.length - 1 });
		stopVertex.push(coords.length - 1);
	}
	const stops: JourneyData['stops'] = j.stops.map((s, k) => {
		const p = s.properties;
		const offset = places.get(p.place)!.properties.utcOffset;
		const time = (text?: string): Instant | undefined => (text ? parseInstant(text, offset) : undefined);
		return {
			id: s.id,
			place: p.place,
			vertex: stopVertex[k]!,
			arrive: time(p.arrive),
			depart: time(p.depart),
			arriveText: p.arrive,
			departText: p.depart,
			certainty: p.certainty,
			sources: p.sources,
			note: p.note,
			alternatives: p.alternatives
		};
	});
	const { id, title, travellers, summary, sources } = j.meta;
	return { id, title, travellers, summary, sources, coords, legs, stops };
}

export function compileEvents(v: ValidEvents, places: ReadonlyMap<string, PlaceFeature>): EventData[] {
	return v.events.map((e) => {
		const p = e.properties;
		const offset = places.get(p.place)!.properties.utcOffset;
		return {
			id: e.id,
			collection: v.meta.id,
			place: p.place,
			title: p.title,
			label: p.label,
			start: parseInstant(p.start, offset),
			end: p.end ? parseInstant(p.end, offset) : undefined,
			startText: p.start,
			endText: p.end,
			certainty: p.certainty,
			sources: p.sources,
			note: p.note,
			alternatives: p.alternatives
		};
	});
}

export function compilePlace(p: PlaceFeature): PlaceData {
	const [lon, lat] = p.geometry.coordinates as [number, number];
	const { names, periodNames, kind, basis, certainty, utcOffset, note } = p.properties;
	return { id: p.id, lngLat: [lon, lat], names, periodNames, kind, basis, certainty, utcOffset, note };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
