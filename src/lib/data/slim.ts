// Pure: the part of the compiled geodata the browser needs (the engine's core, coordinates to about a metre), a third of the whole.
import type { EventCore, Geodata, StoryGeodata } from './types';

/** Five decimals of a degree: about a metre, far finer than any line the map draws. */
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

export function slimGeodata(g: Geodata): StoryGeodata {
	return {
		journeys: g.journeys.map((j) => ({
			id: j.id,
			title: j.title,
			travellers: j.travellers,
			coords: j.coords.map(([x, y]) => [round5(x), round5(y)] as [number, number]),
			legs: j.legs.map(({ id, mode, certainty, start, end }) => ({ id, mode, certainty, start, end })),
			stops: j.stops.map(({ id, place, vertex, arrive, depart, certainty }) => ({ id, place, vertex, arrive, depart, certainty }))
		})),
		places: g.places.map(({ id, lngLat, names, kind, utcOffset, localLang, rank, periodNames }) => ({
			id,
			lngLat,
			names,
			kind,
			utcOffset,
			localLang,
			rank,
			periodNames: periodNames?.map(({ en, zh, ru, from, until }) => ({ en, zh, ru, from, until }))
		})),
		events: g.events.flatMap((e): EventCore[] => (e.label ? [{ id: e.id, collection: e.collection, place: e.place, label: e.label, start: e.start, end: e.end, note: e.note }] : []))
	};
}
