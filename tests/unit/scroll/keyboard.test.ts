// Tests for the chapter keys.
import { describe, expect, it } from 'vitest';
import { stepForKey } from '../../../src/lib/scroll/keyboard';

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
