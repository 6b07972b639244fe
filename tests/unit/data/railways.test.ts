// Contract test for the railway CSVs: columns, coordinates in range, a known basis, no jumps, and gazetteer places that exist.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { distanceKm } from '../../../src/lib/geo/measure';

const BASES = new Set(['GN', 'OSM', 'TRACE', 'WP', 'EST']);
const places = new Set((JSON.parse(readFileSync('geodata/places.geojson', 'utf8')).features as { id: string }[]).map((f) => f.id));

/** A tiny CSV reader for these files: quoted fields may hold commas. */
function parse(text: string): string[][] {
	return text
		.trim()
		.split('\n')
		.map((line) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, 7));
}

describe.each(readdirSync('geodata/railways').filter((f) => f.endsWith('.csv')))('%s', (file) => {
	const [header, ...rows] = parse(readFileSync(`geodata/railways/${file}`, 'utf8'));
	it('has the contract columns', () => {
		expect(header).toEqual(['seq', 'name', 'lat', 'lon', 'basis', 'note', 'place']);
	});
	it('has numbered rows with valid coordinates, a known basis and no step over 150 km', () => {
		rows.forEach((r, i) => {
			expect(Number(r[0]), `row ${i + 1}`).toBe(i + 1);
			const [lat, lon] = [Number(r[2]), Number(r[3])];
			expect(Math.abs(lat)).toBeLessThanOrEqual(90);
			expect(Math.abs(lon)).toBeLessThanOrEqual(180);
			expect(BASES.has(r[4]!), `row ${i + 1} basis ${r[4]}`).toBe(true);
			if (r[6]) expect(places.has(r[6]), `row ${i + 1} place ${r[6]}`).toBe(true);
			if (i > 0) expect(distanceKm([Number(rows[i - 1]![3]), Number(rows[i - 1]![2])], [lon, lat]), `row ${i + 1}`).toBeLessThanOrEqual(150);
		});
	});
});
