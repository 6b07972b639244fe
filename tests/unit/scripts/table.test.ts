// Tests for the historians' table: one row per stop, dates as given or marked ≈ when interpolated, names in three languages.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadGeodata } from '../../../src/lib/data/load-geodata';
import { stopTable, eventTable, toCsv, toMarkdown } from '../../../scripts/lib/table';

const mini = loadGeodata('tests/fixtures/geodata-mini').geodata!;

describe('stopTable', () => {
	const t = stopTable(mini);
	it('has a row per stop with dates as given, interpolated ones marked ≈', () => {
		expect(t.rows.map((r) => r[2])).toEqual(['1949-12-06T21:00+08:00', '≈ 7 December 1949', '1949-12-07 → 1949-12-08T06:00+08:00']);
	});
	it('names the place in English, Chinese and Russian, with period names in their period', () => {
		expect(t.rows[0]!.slice(3, 6)).toEqual(['Alpha', '甲', 'Альфа']);
	});
	it('lists modes, certainty, sources and the alternatives of a disputed stop', () => {
		expect(t.rows[1]!.slice(6, 9)).toEqual(['rail', 'interpolated', 'S1']);
		expect(t.rows[0]![9]).toContain('Alternatives: Delta');
	});
	it('writes CSV and Markdown that escape separators', () => {
		const csv = toCsv({ columns: ['a', 'b'], rows: [['x,y', 'say "hi"']] });
		expect(csv).toBe('a,b\n"x,y","say ""hi"""\n');
		expect(toMarkdown({ columns: ['a'], rows: [['p|q']] })).toContain('p\\|q');
	});
});

describe('the committed tables in geodata/tables are up to date (run npm run geodata:table)', () => {
	const real = loadGeodata('geodata').geodata!;
	it.each([
		['stops.csv', () => toCsv(stopTable(real))],
		['events.csv', () => toCsv(eventTable(real))]
	] as const)('%s', (file, make) => {
		expect(readFileSync(`geodata/tables/${file}`, 'utf8')).toBe(make());
	});
});
