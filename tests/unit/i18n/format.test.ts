// Tests for i18n/format: scene data into words in each language — dates and numbers through Intl, and a spoken sentence that agrees with the readout.
import { describe, expect, it } from 'vitest';
import { describeScene, eventsHere, formatDate, formatNumber, formatTick, listSeparators, placeName, placeNameParts, readoutText } from '../../../src/lib/i18n/format';
import { scene } from '../../../src/lib/story/scene';
import { miniStory, viewport } from '../story/fixture';

const story = miniStory();
const at = (index: number, progress: number) => scene(story, { index, progress }, viewport);

describe('formatDate', () => {
	const ms = Date.parse('1949-12-16T09:00:00Z');
	it.each([
		['en', 480, '16 December 1949'],
		['zh', 480, '1949年12月16日'],
		['ru', 480, '16 декабря 1949 г.'],
		// 01:00 on the 17th in Beijing is still the 16th in Moscow.
		['en', 180, '16 December 1949']
	] as const)('%s at UTC%+d', (lang, offset, text) => {
		expect(formatDate(ms, offset, lang)).toBe(text);
	});
	it('gives the local day at the place, not the UTC day', () => {
		expect(formatDate(Date.parse('1949-12-06T17:00:00Z'), 480, 'en')).toBe('7 December 1949');
	});
});

describe('numbers and ticks', () => {
	it('groups thousands as each language does', () => {
		expect(formatNumber(8435.4, 'en')).toBe('8,435');
		expect(formatNumber(8435.4, 'ru')).toBe('8\u00a0435');
		expect(formatNumber(8435.4, 'zh')).toBe('8,435');
	});
	it('names months and years on the axis', () => {
		expect(formatTick(Date.UTC(1950, 0, 1), 'month-year', 'en')).toBe('Jan 1950');
		expect(formatTick(Date.UTC(1950, 1, 1), 'month', 'zh')).toBe('2月');
		expect(formatTick(Date.UTC(1948, 0, 1), 'year', 'ru')).toMatch(/^1948/);
	});
	it.each([
		['ru', 'month-year', Date.UTC(1950, 0, 1), 'янв. 1950'],
		['ru', 'month-year', Date.UTC(1950, 9, 1), 'окт. 1950'],
		['ru', 'year', Date.UTC(1948, 0, 1), '1948'],
		['ru', 'month', Date.UTC(1950, 1, 1), 'февр.'],
		['zh', 'month-year', Date.UTC(1950, 0, 1), '1950年1月'],
		['en', 'month', Date.UTC(1949, 11, 1), 'Dec']
	] as const)('labels the axis in %s (%s) without the "г." of running text', (lang, unit, ms, text) => {
		expect(formatTick(ms, unit, lang)).toBe(text);
	});
});

describe('readoutText', () => {
	it('says "about" only where the date is worked out', () => {
		expect(readoutText(at(1, 0).readout!, story.places, 'en').date).toBe('6 December 1949');
		expect(readoutText(at(1, 0.6).readout!, story.places, 'en').date).toMatch(/^about \d+ December 1949$/);
		expect(readoutText(at(1, 0.6).readout!, story.places, 'zh').date).toMatch(/^约1949年12月\d+日$/);
		expect(readoutText(at(1, 0.6).readout!, story.places, 'ru').date).toMatch(/^около \d+ декабря 1949 г\.$/);
	});
	it('names the stop, or the two the vehicle is between', () => {
		expect(readoutText(at(1, 0).readout!, story.places, 'en').place).toBe('Alpha');
		expect(readoutText(at(1, 0.6).readout!, story.places, 'en').place).toBe('between Alpha and Beta');
	});
	it('gives the distance travelled out of the whole', () => {
		const r = at(2, 1).readout!;
		expect(readoutText(r, story.places, 'en').km).toBe(`${formatNumber(r.totalKm, 'en')} of ${formatNumber(r.totalKm, 'en')} km`);
	});
});

describe('describeScene', () => {
	it('says where the vehicle is, on which day, and how far it has come', () => {
		expect(describeScene(at(1, 0), story.places, 'en')).toBe(`The train is at Alpha, 6 December 1949; 0 of ${formatNumber(story.journeys.get('mini')!.line.totalKm, 'en')} km travelled.`);
		expect(describeScene(at(2, 0.6), story.places, 'en')).toMatch(/^The train is (at|between) .+, (about )?\d+ December 1949; [\d,]+ of [\d,]+ km travelled\.$/);
	});
	it('speaks the very figures the readout shows', () => {
		for (const p of [0.3, 0.45, 0.6, 0.9]) {
			const s = at(1, p);
			for (const lang of ['en', 'zh', 'ru'] as const) {
				const t = readoutText(s.readout!, story.places, lang);
				const spoken = describeScene(s, story.places, lang);
				expect(spoken).toContain(t.km);
				expect(spoken).toContain(t.date);
				expect(spoken).toContain(t.place);
			}
		}
	});
	it('says the vehicle is on its way when the readout names neither a stop nor two', () => {
		const s = at(1, 0.6);
		const placeless = { ...s, readout: { ...s.readout!, at: null, between: null } };
		const spoken = Object.fromEntries((['en', 'zh', 'ru'] as const).map((lang) => [lang, describeScene(placeless, story.places, lang)]));
		const words = readoutText(placeless.readout, story.places, 'en');
		expect(spoken.en).toBe(`The train is on its way, ${words.date}; ${words.km} travelled.`);
		expect(spoken.zh).toMatch(/^约?1949年12月\d+日，列车正在途中，已行[\d,]+公里，全程[\d,]+公里。$/);
		expect(spoken.ru).toMatch(/^Поезд в пути, (около )?\d+ декабря 1949 г\.; пройдено [\d\u00a0]+ из [\d\u00a0]+ км\.$/);
		for (const text of Object.values(spoken)) expect(text).not.toMatch(/(at|在|:) ?[,，]|[,，:：] ?[,，]/);
		expect(words).toMatchObject({ place: '', between: false });
	});
	it('is silent when no journey is shown', () => {
		expect(describeScene(at(0, 0.5), story.places, 'en')).toBe('');
		expect(describeScene(null, story.places, 'en')).toBe('');
	});
});

describe('listSeparators', () => {
	it.each([
		['en', 3, [', ', ' and ']],
		['zh', 3, ['、', '和']],
		['ru', 3, [', ', ' и ']],
		['zh', 2, ['和']],
		['en', 1, []],
		['ru', 0, []]
	] as const)('%s, %d items', (lang, n, expected) => {
		expect(listSeparators(n, lang)).toEqual(expected);
	});
	it('checks its input', () => {
		expect(() => listSeparators(-1, 'en')).toThrow(/listSeparators: n/);
		expect(() => listSeparators(2, 'xx' as 'en')).toThrow(/listSeparators: lang/);
	});
});

describe('bad input', () => {
	const place = story.places.values().next().value!;
	const readout = at(1, 0).readout!;
	// Each call printed "NaN", "undefined" or the browser's own language before; now it names what was wrong.
	it.each([
		['formatDate, a date that is not a number', () => formatDate(NaN, 0, 'en'), /formatDate: ms must be a finite number, got NaN/],
		['formatDate, no offset', () => formatDate(0, undefined as unknown as number, 'en'), /formatDate: offsetMin .* got undefined/],
		['formatDate, an unknown language', () => formatDate(0, 0, 'fr' as 'en'), /formatDate: lang must be one of en, zh, ru, got "fr"/],
		['formatTick, an unknown unit', () => formatTick(0, 'day' as 'year', 'en'), /formatTick: unit must be one of year, month, month-year, got "day"/],
		['formatTick, no language', () => formatTick(0, 'year', undefined as unknown as 'en'), /formatTick: lang .* got undefined/],
		['formatNumber, NaN', () => formatNumber(NaN, 'en'), /formatNumber: x must be a finite number, got NaN/],
		['formatNumber, undefined', () => formatNumber(undefined as unknown as number, 'ru'), /formatNumber: x .* got undefined/],
		['formatNumber, a string', () => formatNumber('12' as unknown as number, 'zh'), /formatNumber: x .* got "12"/],
		['eventsHere, no count', () => eventsHere(undefined as unknown as number, 'en'), /formatNumber: x .* got undefined/],
		['readoutText, no distance', () => readoutText({ ...readout, km: NaN }, story.places, 'en'), /readoutText: readout.km must be a finite number, got NaN/],
		['readoutText, no total', () => readoutText({ ...readout, totalKm: undefined as unknown as number }, story.places, 'zh'), /readoutText: readout.totalKm/],
		['readoutText, an unknown language', () => readoutText(readout, story.places, 'de' as 'en'), /readoutText: lang .* got "de"/],
		['placeName, no name in the language', () => placeName({ ...place, names: { ...place.names, ru: undefined as unknown as string } }, 0, 'ru'), new RegExp(`placeName: the name in ru of place "${place.id}" must be a non-empty string, got undefined`)],
		['placeNameParts, a time that is not a number', () => placeNameParts(place, NaN, 'en'), /placeNameParts: t must be a finite number, got NaN/]
	] as [string, () => unknown, RegExp][])('%s', (_, call, message) => {
		expect(call).toThrow(message);
	});
});
