// Tests for the keys driver's key map: down the story, or sideways through an embed.
import { describe, expect, it } from 'vitest';
import { stepForKey } from '../../../src/lib/drivers/keys';

const k = (key: string, mods: Partial<Record<'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('stepForKey', () => {
	it.each([
		['ArrowDown', {}, 1],
		['PageDown', {}, 1],
		[' ', {}, 1],
		['ArrowUp', {}, -1],
		['PageUp', {}, -1],
		[' ', { shiftKey: true }, -1],
		['Home', {}, 'first'],
		['End', {}, 'last'],
		['ArrowDown', { ctrlKey: true }, null],
		['a', {}, null]
	] as const)('%s %o → %s', (key, mods, step) => {
		expect(stepForKey(k(key, mods))).toBe(step);
	});
});

describe('stepForKey in an embed (sideways)', () => {
	it.each([
		['ArrowRight', 1],
		['PageDown', 1],
		['ArrowLeft', -1],
		['PageUp', -1],
		['ArrowDown', null],
		[' ', null],
		['Home', null]
	] as const)('%s → %s', (key, step) => {
		expect(stepForKey(k(key), 'horizontal')).toBe(step);
	});
});
