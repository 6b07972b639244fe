// Tests for the kiosk's pure parts: options, the attract loop, the idle state machine and the reload back-off.
import { describe, expect, it } from 'vitest';
import { parseKioskOptions, DEFAULTS } from '../../../src/lib/kiosk/options';
import { attractPosition } from '../../../src/lib/kiosk/attract';
import { onInput, onTick, start } from '../../../src/lib/kiosk/idle';
import { nextReload, FIRST_DELAY_MS, MAX_DELAY_MS } from '../../../src/lib/kiosk/reload';

describe('parseKioskOptions', () => {
	const journeys = ['mao-outbound', 'return-1950'];
	it.each([
		['', DEFAULTS, 0],
		['?idle=2&dwell=1', { ...DEFAULTS, idle: 2, dwell: 1 }, 0],
		['?journey=return-1950', { ...DEFAULTS, journey: 'return-1950' }, 0],
		['?idle=abc', DEFAULTS, 1],
		['?idle=0', DEFAULTS, 1],
		['?dwell=-3', DEFAULTS, 1],
		['?journey=atlantis', DEFAULTS, 1],
		['?lang=fr', DEFAULTS, 1],
		['?lang=zh', { ...DEFAULTS, lang: 'zh' }, 0],
		['?lang=ru&idle=30', { ...DEFAULTS, lang: 'ru', idle: 30 }, 0],
		['?chapter=baikal', { ...DEFAULTS, chapter: 'baikal' }, 0],
		['?chapter=atlantis', DEFAULTS, 1]
	] as const)('%s', (search, options, warnings) => {
		const r = parseKioskOptions(search, journeys, ['departure', 'baikal']);
		expect(r.options).toEqual(options);
		expect(r.warnings).toHaveLength(warnings);
	});
});

describe('attractPosition', () => {
	const chapters = [2, 3, 5];
	it.each([
		[0, 2, 0, 0],
		[500, 2, 0.5, 0],
		[1000, 3, 0, 1],
		[2999, 5, 0.999, 2],
		[3000, 2, 0, 3],
		[-50, 2, 0, 0]
	] as const)('at %d ms: chapter %d, progress %d', (ms, index, progress, lap) => {
		const p = attractPosition(ms, 1000, chapters);
		expect(p.index).toBe(index);
		expect(p.progress).toBeCloseTo(progress, 6);
		expect(p.lap).toBe(lap);
	});
	it('copes with no chapters', () => {
		expect(attractPosition(100, 1000, [])).toEqual({ index: 0, progress: 0, lap: 0 });
	});
});

describe('idle state machine', () => {
	it('idle → attract → touch → visitor → idle → reset to attract', () => {
		let s = start(0);
		expect(s.mode).toBe('attract');
		expect(onTick(s, 1e9, 2000).reset).toBe(false);
		s = onInput(s, 1000);
		expect(s.mode).toBe('visitor');
		expect(onTick(s, 2500, 2000)).toEqual({ state: s, reset: false });
		const after = onTick(s, 3000, 2000);
		expect(after.reset).toBe(true);
		expect(after.state.mode).toBe('attract');
	});
});

describe('nextReload', () => {
	it('backs off exponentially up to a ceiling, and forgets after a healthy spell', () => {
		let r = nextReload(null, 0);
		expect(r.delayMs).toBe(FIRST_DELAY_MS);
		const delays = [r.delayMs];
		for (let i = 1; i < 12; i++) {
			r = nextReload(r.record, i * 1000);
			delays.push(r.delayMs);
		}
		expect(delays.slice(0, 3)).toEqual([5000, 10000, 20000]);
		expect(Math.max(...delays)).toBe(MAX_DELAY_MS);
		expect(nextReload(r.record, 1e9).delayMs).toBe(FIRST_DELAY_MS);
	});
});
