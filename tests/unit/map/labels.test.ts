// Tests for basemap labels: period names in their period through naming epochs.
import { describe, expect, it } from 'vitest';
import { epochAt, labelFeatures } from '../../../src/lib/map/labels';
import type { PlaceData } from '../../../src/lib/data/types';

const place = (id: string, p: Partial<PlaceData>): [string, PlaceData] => [
	id,
	{ id, lngLat: [0, 0], kind: 'city', basis: 'GN', certainty: 'high', utcOffset: '+08:00', names: { en: id, zh: id, ru: id }, ...p }
];
const places = new Map([
	place('Beijing', { localLang: 'zh', names: { en: 'Beijing', zh: '北京', ru: 'Пекин' }, periodNames: [{ en: 'Peiping', zh: '北平', until: '1949-09-27' }], rank: 1 }),
	place('Perm', { localLang: 'ru', names: { en: 'Perm', zh: '彼尔姆', ru: 'Пермь' }, periodNames: [{ en: 'Molotov', ru: 'Молотов', from: '1940-10-08', until: '1957-10-02' }] }),
	place('Station', { kind: 'station' })
]);

describe('labelFeatures', () => {
	const { boundaries, features } = labelFeatures(places);
	it('keeps only renamings inside the story as epoch boundaries', () => {
		expect(boundaries.map((t) => new Date(t).toISOString().slice(0, 10))).toEqual(['1949-09-27']);
	});
	it('gives each place its name in each epoch, English over the local name', () => {
		const beijing = features.features.find((f) => f.properties.label1?.startsWith('Beijing'))!;
		expect(beijing.properties.label0).toBe('Peiping\n北平');
		expect(beijing.properties.label1).toBe('Beijing\n北京');
		const perm = features.features.find((f) => f.properties.label0?.startsWith('Molotov'))!;
		expect(perm.properties.label1).toBe('Molotov\nМолотов');
	});
	it('labels cities and towns only', () => {
		expect(features.features).toHaveLength(2);
	});
	it('lists with each city the stations it names, so the vehicle at a station is at the city\'s label', () => {
		const near = new Map([place('Harbin', { lngLat: [126.6, 45.75] }), place('harbin-station', { kind: 'station', lngLat: [126.63, 45.76] }), place('far-station', { kind: 'station', lngLat: [128, 47] })]);
		expect(labelFeatures(near).features.features.map((f) => f.properties.at)).toEqual(['|Harbin|harbin-station|']);
	});
	it('finds the epoch of a date', () => {
		expect(epochAt(boundaries, Date.parse('1949-06-21'))).toBe(0);
		expect(epochAt(boundaries, Date.parse('1949-12-06'))).toBe(1);
	});
});
