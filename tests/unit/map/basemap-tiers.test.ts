// The basemap tiers: the overview fits the first view's budget, the detail cover is complete (mask, units, coasts, rivers, context), the city plans carry labels.
import { beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { buildCity, buildDetail, buildOverview, clipOutside, labelOf } from '../../../scripts/basemap-tiers';

type FC = FeatureCollection<Geometry, Record<string, unknown>>;
let overview: FC;
let detail: FC;
beforeAll(() => {
	overview = buildOverview() as FC;
	detail = buildDetail();
}, 60_000);

const kinds = (fc: FC) => new Set(fc.features.map((f) => String(f.properties.kind)));
const labels = (fc: FC) => fc.features.map((f) => f.properties.label).filter((l): l is string => typeof l === 'string');

describe('overview tier', () => {
	it('stays under 70 KB gzipped', () => {
		expect(gzipSync(JSON.stringify(overview)).length).toBeLessThan(70 * 1024);
	});

	it('has the 1949 basemap and the great rivers, named in English and the local language', () => {
		expect(kinds(overview)).toEqual(new Set(['land', 'unit', 'lake', 'border', 'coast', 'unit-label', 'river', 'river-label']));
		expect(labels(overview)).toEqual(expect.arrayContaining(['Yenisei\nЕнисей', 'Ob\nОбь', 'Volga\nВолга', 'Yangtze\n长江']));
	});
});

describe('detail tier', () => {
	it('covers the window opaquely: a mask, units, lakes, coasts and borders', () => {
		for (const k of ['mask', 'unit', 'lake', 'coast', 'border', 'river', 'context', 'unit-label']) expect(kinds(detail)).toContain(k);
		// The countries' names, the same as the overview's: the detail draws them once the overview stops.
		const names = (fc: FC) => fc.features.filter((f) => f.properties.kind === 'unit-label').map((f) => JSON.stringify(f));
		expect(names(detail)).toEqual(names(overview));
	});

	it('names the rivers the text names and the context features', () => {
		const l = labels(detail);
		for (const name of ['Irtysh', 'Angara', 'Amur', 'Songhua (Sungari)', 'Kama', 'Tobol', 'Ishim', 'Selenga', 'Argun', 'Nen (Nonni)', 'Liao', 'Yalu', 'Hai', 'Yongding'])
			expect(l.some((x) => x.startsWith(`${name}\n`) || x === name), name).toBe(true);
		for (const name of ['Lake Baikal\nозеро Байкал', 'Greater Khingan\n大兴安岭', 'Ural Mountains\nУральские горы', 'KOREA', '38th parallel']) expect(l).toContain(name);
	});

	it('draws Baikal from GSHHG, not the hand-drawn outline', () => {
		const baikal = detail.features.filter((f) => f.properties.kind === 'lake' && f.properties.name === 'Lake Baikal');
		expect(baikal).toHaveLength(1);
		const ring = (baikal[0]!.geometry as { coordinates: Position[][] }).coordinates[0]!;
		expect(ring.length).toBeGreaterThan(300);
	});
});

describe('city tiers', () => {
	it.each(['peiping', 'moscow', 'leningrad'] as const)('%s has a kind and a label on every feature', (id) => {
		const fc = buildCity(id);
		expect(fc.features.length).toBeGreaterThan(5);
		for (const f of fc.features) {
			expect(typeof f.properties.kind).toBe('string');
			expect(typeof f.properties.label).toBe('string');
		}
	});

	it('labels Peiping in Chinese and Moscow in Russian on the second line', () => {
		expect(labels(buildCity('peiping'))).toContain('Forbidden City\n紫禁城');
		expect(labels(buildCity('moscow'))).toContain('Kremlin\nКремль');
	});
});

describe('helpers', () => {
	it('labelOf leads with English and adds the local name only when it differs', () => {
		expect(labelOf({ en: 'Amur', zh: '黑龙江', ru: 'Амур' }, 'zh')).toBe('Amur\n黑龙江');
		expect(labelOf({ en: 'KOREA', zh: '朝鲜', ru: 'КОРЕЯ' }, undefined)).toBe('KOREA');
	});

	it('clipOutside cuts a line where it crosses a box and drops the inside', () => {
		const parts = clipOutside([[0, 0.5], [3, 0.5]], [1, 0, 2, 1]);
		expect(parts).toEqual([[[0, 0.5], [1, 0.5]], [[2, 0.5], [3, 0.5]]]);
		expect(clipOutside([[1.2, 0.5], [1.8, 0.5]], [1, 0, 2, 1])).toEqual([]);
		expect(clipOutside([[0, 5], [3, 5]], [1, 0, 2, 1])).toEqual([[[0, 5], [3, 5]]]);
	});
});
