// The rivers, coasts, context labels and city plans: the committed files pass, and each broken fixture (tests/fixtures/basemap-broken) is rejected naming its file, feature and field.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateSources } from '../../../src/lib/data/validate-refs';
import { basemapFiles, validateBasemapFile, validateBasemapFolder } from '../../../src/lib/data/validate-basemap';
import { formatIssue, type GeodataIssue } from '../../../src/lib/data/errors';
import { CITY_PLANS } from '../../../src/lib/data/basemap-files';

const DIR = 'tests/fixtures/basemap-broken';
const sources = validateSources('geodata/sources.json', JSON.parse(readFileSync('geodata/sources.json', 'utf8')), []);
const expected = Object.entries(JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Record<string, { as: string; match: string }>);

describe('validateBasemapFolder on geodata/', () => {
	it('finds the rivers, the context labels, the coasts and the three city plans, and they are valid', () => {
		const issues: GeodataIssue[] = [];
		const files = validateBasemapFolder('geodata', sources, issues);
		expect(issues.map(formatIssue)).toEqual([]);
		expect(files).toEqual(expect.arrayContaining(['geodata/basemap/rivers.geojson', 'geodata/basemap/context.geojson', 'geodata/basemap/coast-bohai.geojson', ...CITY_PLANS.map((c) => `geodata/cities/${c.id}.geojson`)]));
	});

	it('asks for nothing in a folder without basemap/ or cities/ (the test corpora)', () => {
		expect(basemapFiles('tests/fixtures/geodata-mini')).toEqual([]);
	});

	it('names the story\'s rivers in three languages, each with a rank', () => {
		const fc = JSON.parse(readFileSync('geodata/basemap/rivers.geojson', 'utf8')) as { features: { id: string; properties: { rank?: number; names?: object } }[] };
		const named = fc.features.filter((f) => f.properties.names).map((f) => f.id);
		for (const id of ['yenisei', 'ob', 'irtysh', 'angara', 'amur', 'songhua', 'volga', 'yalu', 'kama', 'tobol', 'ishim', 'selenga', 'argun', 'nen', 'liao', 'hai', 'yongding']) expect(named).toContain(id);
	});
});

describe('broken basemap and city-plan files', () => {
	it.each(expected)('%s is rejected with its specific message', (file, { as, match }) => {
		const issues: GeodataIssue[] = [];
		validateBasemapFile(`${DIR}/${file}`, as, JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')), sources, issues);
		const messages = issues.map(formatIssue);
		expect(messages.join('\n')).toMatch(new RegExp(match));
		expect(messages.every((m) => m.startsWith(`${DIR}/${file}:`))).toBe(true);
	});

	it('rejects a city plan that is not one of the three', () => {
		const issues: GeodataIssue[] = [];
		validateBasemapFile('x.geojson', 'cities/harbin.geojson', {}, sources, issues);
		expect(issues.map(formatIssue).join('\n')).toMatch(/no city plan "harbin"/);
	});
});
