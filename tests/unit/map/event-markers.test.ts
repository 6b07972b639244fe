// Tests for map/event-markers' grouping: events that would overlap on screen share a marker, and part as the map zooms in.
import { describe, expect, it } from 'vitest';
import { groupEvents } from '../../../src/lib/map/event-markers';

describe('groupEvents', () => {
	const places = new Map([
		['a', { id: 'a', lngLat: [37.6175, 55.7520] as [number, number], names: { en: 'A', zh: 'A', ru: 'A' }, kind: 'building', utcOffset: '+03:00' }],
		['b', { id: 'b', lngLat: [37.6186, 55.7597] as [number, number], names: { en: 'B', zh: 'B', ru: 'B' }, kind: 'building', utcOffset: '+03:00' }]
	]);
	const ev = (id: string, place: string) => ({ id, collection: 'c', place, label: id, start: { ms: 0, precision: 'day' as const, offsetMin: 180 } });
	it('puts events a few hundred metres apart on one marker at a city-wide zoom, and apart when zoomed in', () => {
		const events = [ev('x', 'a'), ev('y', 'b'), ev('z', 'a')];
		expect(groupEvents(events, places, 10).map((g) => g.events.map((e) => e.id))).toEqual([['x', 'y', 'z']]);
		expect(groupEvents(events, places, 15).map((g) => g.events.map((e) => e.id))).toEqual([['x', 'z'], ['y']]);
	});
});
