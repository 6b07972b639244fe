// Tests for period names: Peiping before 27 September 1949, Beijing after; labels say "now …".
import { describe, expect, it } from 'vitest';
import { nameAt } from '../../../src/lib/story/names';
import { placeName } from '../../../src/lib/i18n/format';
import type { PlaceData } from '../../../src/lib/data/types';

const perm: PlaceData = {
	id: 'perm', lngLat: [56.25, 58.01], kind: 'city', basis: 'GN', certainty: 'high', utcOffset: '+05:00',
	names: { en: 'Perm', zh: '彼尔姆', ru: 'Пермь' },
	periodNames: [{ en: 'Molotov', ru: 'Молотов', zh: '莫洛托夫', from: '1940-10-08', until: '1957-10-02' }]
};
const beijing: PlaceData = {
	id: 'beijing', lngLat: [116.4, 39.9], kind: 'city', basis: 'GN', certainty: 'high', utcOffset: '+08:00',
	names: { en: 'Beijing', zh: '北京', ru: 'Пекин' },
	periodNames: [{ en: 'Peiping', zh: '北平', ru: 'Бэйпин', until: '1949-09-27' }]
};

describe('nameAt', () => {
	it.each([
		[perm, '1949-12-15', 'en', 'Molotov'],
		[perm, '1949-12-15', 'ru', 'Молотов'],
		[perm, '1939-01-01', 'en', 'Perm'],
		[perm, '1960-01-01', 'en', 'Perm'],
		[beijing, '1949-06-21', 'en', 'Peiping'],
		[beijing, '1949-06-21', 'zh', '北平'],
		[beijing, '1949-12-06', 'en', 'Beijing']
	] as const)('%s on %s in %s', (place, date, lang, name) => {
		expect(nameAt(place, Date.parse(date), lang)).toBe(name);
	});
	it('labels a renamed place with its name today, in each language', () => {
		expect(placeName(perm, Date.parse('1949-12-15'), 'en')).toBe('Molotov (now Perm)');
		expect(placeName(perm, Date.parse('1949-12-15'), 'zh')).toBe('莫洛托夫（今称彼尔姆）');
		expect(placeName(perm, Date.parse('1949-12-15'), 'ru')).toBe('Молотов (ныне Пермь)');
		expect(placeName(beijing, Date.parse('1949-12-15'), 'en')).toBe('Beijing');
	});
});
