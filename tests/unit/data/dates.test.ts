// Tests for src/lib/data/dates.ts: ISO parsing with offsets, the local calendar day.
import { describe, expect, it } from 'vitest';
import { isoLocalDate, parseInstant, parseOffset } from '../../../src/lib/data/dates';

describe('parseInstant', () => {
	it.each([
		['1949-12-16T12:00+03:00', '+08:00', '1949-12-16T09:00:00.000Z', 'minute'],
		['1949-12-06T21:00+08:00', '+03:00', '1949-12-06T13:00:00.000Z', 'minute'],
		['1949-12-09', '+08:00', '1949-12-09T04:00:00.000Z', 'day'],
		['1950-02-14T18:30Z', '+03:00', '1950-02-14T18:30:00.000Z', 'minute']
	] as const)('%s at a place on %s', (text, offset, iso, precision) => {
		const t = parseInstant(text, offset);
		expect(new Date(t.ms).toISOString()).toBe(iso);
		expect(t.precision).toBe(precision);
	});

	it.each(['1949-13-01', '1949-02-30', '1949-12-16T12:00', '16.12.1949', '1949-12-16T25:00+03:00'])('rejects %s', (text) => {
		expect(() => parseInstant(text, '+03:00')).toThrow();
	});

	it('parses offsets', () => {
		expect(parseOffset('+08:00')).toBe(480);
		expect(parseOffset('-03:30')).toBe(-210);
	});
});

describe('local dates', () => {
	it('shows the calendar day at the place', () => {
		const ms = Date.parse('1949-12-06T17:00:00Z'); // 01:00 on the 7th in Beijing
		expect(isoLocalDate(ms, 480)).toBe('1949-12-07');
		expect(isoLocalDate(ms, 180)).toBe('1949-12-06');
	});
});
