// Tests for the geodata validators: a valid mini corpus passes; each deliberate break is rejected with a message naming file, feature and field.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGeodata } from '../../../src/lib/data/load-geodata';
import { formatIssue } from '../../../src/lib/data/errors';

const MINI = 'tests/fixtures/geodata-mini';
type J = { journey: Record<string, unknown>; features: { id: string; geometry: { coordinates: unknown }; properties: Record<string, unknown> }[] };

function withJourney(mutate: (j: J) => void, raw?: string): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'geodata-'));
	cpSync(MINI, dir, { recursive: true });
	const file = join(dir, 'journeys', 'mini.geojson');
	if (raw !== undefined) writeFileSync(file, raw);
	else {
		const j = JSON.parse(readFileSync(file, 'utf8')) as J;
		mutate(j);
		writeFileSync(file, JSON.stringify(j));
	}
	return loadGeodata(dir).issues.map(formatIssue);
}

const feature = (j: J, id: string) => j.features.find((f) => f.id === id)!;

describe('a valid journey', () => {
	it('loads and compiles', () => {
		const r = loadGeodata(MINI);
		expect(r.issues.map(formatIssue)).toEqual([]);
		const mini = r.geodata!.journeys[0]!;
		expect(mini.stops.map((s) => s.id)).toEqual(['a', 'b', 'c']);
		expect(mini.legs.map((l) => [l.start, l.end])).toEqual([[0, 2], [2, 4]]);
		expect(mini.coords).toHaveLength(5);
	});
});

describe('broken journeys are rejected with a specific message', () => {
	const cases: [string, ((j: J) => unknown) | null, string | undefined, RegExp][] = [
		['malformed JSON', null, '{ "type": "FeatureCollection", ', /mini\.geojson: \(file\): not valid JSON/],
		['unknown place', (j: J) => (feature(j, 'b').properties.place = 'nowhere'), undefined, /feature #2 \(id "b"\): properties\.place: unknown place "nowhere"/],
		['unknown source', (j: J) => (feature(j, 'a-b').properties.sources = ['S99']), undefined, /feature #1 \(id "a-b"\): properties\.sources\[0\]: unknown source id "S99"/],
		['dates out of order', (j: J) => (feature(j, 'c').properties.arrive = '1949-12-05'), undefined, /feature #4 \(id "c"\): properties\.arrive: 1949-12-05 is earlier than 1949-12-06T21:00\+08:00 at stop "a"/],
		['time without offset', (j: J) => (feature(j, 'c').properties.depart = '1949-12-08T06:00'), undefined, /feature #4 \(id "c"\): properties\.depart: must be an ISO 8601 date/],
		['impossible date', (j: J) => (feature(j, 'c').properties.arrive = '1949-02-30'), undefined, /feature #4 \(id "c"\): properties\.arrive: no such date/],
		['swapped lon/lat', (j: J) => (feature(j, 'b').geometry.coordinates = [39.9, 117.4]), undefined, /feature #2 \(id "b"\): geometry\.coordinates: latitude 117\.4 is out of range: longitude and latitude look swapped/],
		['latitude out of range', (j: J) => (feature(j, 'b').geometry.coordinates = [117.4, 139.9]), undefined, /feature #2 \(id "b"\): geometry\.coordinates\[1\]: latitude 139\.9 is out of range/],
		['legs that do not connect', (j: J) => ((feature(j, 'b-c').geometry.coordinates as number[][])[0] = [117.3, 39.6]), undefined, /feature #3 \(id "b-c"\): geometry\.coordinates: the line's first point is \d+\.\d km from stop "b"/],
		['a stop off the chain', (j: J) => j.features.push({ ...feature(j, 'b'), id: 'stray' } as never), undefined, /\(id "stray"\): id: this stop is not on any leg/],
		['a fork', (j: J) => j.features.push({ ...feature(j, 'a-b'), id: 'b-c2', properties: { ...feature(j, 'a-b').properties, to: 'c' }, geometry: { type: 'LineString', coordinates: [[116.4, 39.9], [117.4, 40.15], [118.4, 40.4]] } } as never), undefined, /\(id "b-c2"\): properties\.from: stop "a" already starts leg "a-b"/],
		['interpolated stop with a date', (j: J) => (feature(j, 'b').properties.arrive = '1949-12-07'), undefined, /\(id "b"\): properties\.arrive: an interpolated stop has no date of its own/],
		['disputed stop without alternatives', (j: J) => delete feature(j, 'a').properties.alternatives, undefined, /\(id "a"\): properties\.alternatives: a disputed place must list the alternatives/],
		['unknown mode', (j: J) => (feature(j, 'a-b').properties.mode = 'horse'), undefined, /\(id "a-b"\): properties\.mode:/],
		['unknown kind', (j: J) => (feature(j, 'a-b').properties.kind = 'route'), undefined, /\(id "a-b"\): properties\.kind: must be "stop" or "leg"/],
		['undated last stop', (j: J) => { delete feature(j, 'c').properties.arrive; delete feature(j, 'c').properties.depart; }, undefined, /\(id "c"\): properties\.arrive: the last stop of a journey must have a date/],
		['a jump in a leg', (j: J) => ((feature(j, 'a-b').geometry.coordinates as number[][])[1] = [130, 39.95]), undefined, /\(id "a-b"\): geometry\.coordinates\[1\]: jumps \d+ km/],
		['journey id not matching the file', (j: J) => (j.journey.id = 'other'), undefined, /mini\.geojson: journey\.id: "other" does not match the file name/],
		['missing certainty', (j: J) => delete feature(j, 'b').properties.certainty, undefined, /\(id "b"\): properties\.certainty:/]
	];
	it.each(cases)('%s', (_name, mutate, raw, message) => {
		const errors = withJourney(mutate ?? (() => {}), raw ?? undefined);
		expect(errors.join('\n')).toMatch(message);
		expect(errors.every((e) => e.includes('journeys/mini.geojson'))).toBe(true);
	});
});
