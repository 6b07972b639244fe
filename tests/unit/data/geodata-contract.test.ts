// Contract test over every shipped file in geodata/: each validates on its own, is plain RFC 7946 GeoJSON, and the journeys hang together.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { loadGeodata } from '../../../src/lib/data/load-geodata';
import { formatIssue } from '../../../src/lib/data/errors';
import { hydrateJourney } from '../../../src/lib/story/journey';

const files = ['journeys', 'events'].flatMap((d) => {
	try {
		return readdirSync(`geodata/${d}`).filter((f) => f.endsWith('.geojson')).map((f) => `geodata/${d}/${f}`);
	} catch {
		return [];
	}
});
const GEOMETRY_TYPES = new Set(['Point', 'LineString']);

describe.each(files)('%s', (file) => {
	it('validates against the contract', () => {
		expect(loadGeodata('geodata', [file]).issues.map(formatIssue)).toEqual([]);
	});
	it('is plain RFC 7946: a FeatureCollection of Features with Point or LineString geometry and [lon, lat] positions', () => {
		const fc = JSON.parse(readFileSync(file, 'utf8'));
		expect(fc.type).toBe('FeatureCollection');
		expect(fc).not.toHaveProperty('crs');
		for (const f of fc.features) {
			expect(f.type).toBe('Feature');
			expect(typeof f.id).toBe('string');
			expect(GEOMETRY_TYPES.has(f.geometry.type)).toBe(true);
			const positions: number[][] = f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const [lon, lat] of positions) {
				expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
				expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
			}
		}
	});
});

describe('the whole geodata folder', () => {
	const { geodata, issues } = loadGeodata('geodata');
	it('validates, with every reference resolved', () => {
		expect(issues.map(formatIssue)).toEqual([]);
	});
	it('gives every journey a timeline that runs forward', () => {
		for (const j of geodata!.journeys) {
			const h = hydrateJourney(j);
			for (let k = 1; k < h.anchors.length; k++) expect(h.anchors[k]!.t).toBeGreaterThanOrEqual(h.anchors[k - 1]!.t);
		}
	});
	it('draws the Beijing–Moscow railway at a length close to the km-post distance (≈ 8,800–9,000 km)', () => {
		const mao = hydrateJourney(geodata!.journeys.find((j) => j.id === 'mao-outbound')!);
		// The drawn line follows the stations but not every curve between them; see geodata/README.md.
		expect(mao.line.totalKm).toBeGreaterThan(8300);
		expect(mao.line.totalKm).toBeLessThan(9100);
	});
});
