// The message catalogues: every language has every key of the English, with the same placeholders, and no stray ones (Paraglide would fall back to English silently).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { messages } from '../../../src/lib/i18n/messages';

const load = (lang: string) => {
	const { $schema: _, ...m } = JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as Record<string, string>;
	return m;
};
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
const en = load('en');

describe.each(['zh', 'ru'])('messages/%s.json', (lang) => {
	const other = load(lang);
	it('has every key of the English and no other', () => {
		expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
	});
	it('keeps every placeholder of each English message', () => {
		const wrong = Object.keys(en).filter((k) => JSON.stringify(placeholders(en[k]!)) !== JSON.stringify(placeholders(other[k] ?? '')));
		expect(wrong).toEqual([]);
	});
	it('is not English left untranslated (proper names and codes aside)', () => {
		// Placeholders are not English: "{label}: " is the same in Russian, and rightly.
		const same = Object.keys(en).filter((k) => other[k] === en[k] && /[a-z]{4,}/.test(en[k]!.replace(/\{[^}]*\}/g, '')));
		expect(same).toEqual([]);
	});
});

describe('messages()', () => {
	it('answers in the language asked, whatever the page set', () => {
		expect(messages('zh').key()).toBe('图例');
		expect(messages('ru').key()).toBe('Условные знаки');
		expect(messages('en').readout_km({ km: '73', total: '1,540' })).toBe('73 of 1,540 km');
	});
});
