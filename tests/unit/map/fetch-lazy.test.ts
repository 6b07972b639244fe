// Tests for map/fetch-lazy: each due source gets its file's URL once, from the map's own view; nothing is asked of the map once all are in.
import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { fetchDueSources } from '../../../src/lib/map/fetch-lazy';
import { LAZY_SOURCES } from '../../../src/lib/map/style';

/** A map looking at `view` ([west, south, east, north]) that records each source's setData and each read of its bounds. */
function fakeMap([w, s, e, n]: [number, number, number, number]) {
	const set: [string, unknown][] = [];
	let boundsRead = 0;
	const map = {
		getBounds: () => {
			boundsRead++;
			return { getWest: () => w, getSouth: () => s, getEast: () => e, getNorth: () => n };
		},
		getSource: (id: string) => ({ setData: (data: unknown) => void set.push([id, data]) })
	} as unknown as MapLibreMap;
	return { map, set, boundsRead: () => boundsRead };
}
const url = (file: string) => `/base/${file}`;
const moscow: [number, number, number, number] = [37.3, 55.6, 37.9, 55.9];

describe('fetchDueSources', () => {
	it('sets the data of each due source to its URL, once, and records it as loaded', () => {
		const { map, set } = fakeMap(moscow);
		const loaded = new Set<string>();
		fetchDueSources(map, LAZY_SOURCES, loaded, 9, url);
		fetchDueSources(map, LAZY_SOURCES, loaded, 9.5, url);
		expect(set).toEqual(LAZY_SOURCES.map((s) => [s.id, `/base/${s.file}`]));
		expect([...loaded].sort()).toEqual(LAZY_SOURCES.map((s) => s.id).sort());
	});
	it('fetches nothing far out, and reads no bounds once every source is loaded', () => {
		const far = fakeMap(moscow);
		fetchDueSources(far.map, LAZY_SOURCES, new Set(), 3, url);
		expect(far.set).toEqual([]);
		const done = fakeMap(moscow);
		fetchDueSources(done.map, LAZY_SOURCES, new Set(LAZY_SOURCES.map((s) => s.id)), 9, url);
		expect(done.boundsRead()).toBe(0);
		expect(done.set).toEqual([]);
	});
	it('tells once the worker has a source\'s file, and not for one that failed', async () => {
		const told: string[] = [];
		const [detail, cities] = LAZY_SOURCES.map((s) => s.id);
		const map = {
			getBounds: () => ({ getWest: () => moscow[0], getSouth: () => moscow[1], getEast: () => moscow[2], getNorth: () => moscow[3] }),
			getSource: (id: string) => ({ setData: () => (id === detail ? Promise.resolve() : Promise.reject(new Error('404'))) })
		} as unknown as MapLibreMap;
		fetchDueSources(map, LAZY_SOURCES, new Set(), 9, url, (id) => told.push(id));
		expect(told, 'not before the worker has it').toEqual([]);
		await new Promise((r) => setTimeout(r, 0));
		expect(told).toEqual([detail]);
		expect(told).not.toContain(cities);
	});
});
