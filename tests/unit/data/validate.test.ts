// Tests for the geodata validators on a valid mini corpus (the broken cases live in tests/fixtures/broken, see broken-corpus.test.ts).
import { describe, expect, it } from 'vitest';
import { loadGeodata } from '../../../src/lib/data/load-geodata';
import { formatIssue, type GeodataIssue } from '../../../src/lib/data/errors';
import { validateSources } from '../../../src/lib/data/validate-refs';

const MINI = 'tests/fixtures/geodata-mini';

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

describe('the bibliography', () => {
	it.each([
		['javascript:alert(1)', /sources\[0\]\.url: (must be an http|Invalid URL)/],
		['data:text/html,<b>x</b>', /sources\[0\]\.url: must be an http/],
		['ftp://example.org/x', /sources\[0\]\.url: must be an http/]
	])('refuses the address %s, naming the file and field', (url, message) => {
		const issues: GeodataIssue[] = [];
		validateSources('geodata/sources.json', { sources: [{ id: 'S1', citation: 'x', kind: 'web', url }] }, issues);
		expect(issues.map(formatIssue).join('\n')).toMatch(new RegExp(`^geodata/sources\\.json: ${message.source}`));
	});
	it('accepts http and https', () => {
		const issues: GeodataIssue[] = [];
		validateSources('s.json', { sources: [{ id: 'S1', citation: 'x', kind: 'web', url: 'https://example.org/a' }] }, issues);
		expect(issues).toEqual([]);
	});
});
