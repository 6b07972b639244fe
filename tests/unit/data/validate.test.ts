// Tests for the geodata validators on a valid mini corpus (the broken cases live in tests/fixtures/broken, see broken-corpus.test.ts).
import { describe, expect, it } from 'vitest';
import { loadGeodata } from '../../../src/lib/data/load-geodata';
import { formatIssue } from '../../../src/lib/data/errors';

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
