// The postMessage protocol: every well-formed command parses, everything else is null (never an exception).
import { describe, expect, it } from 'vitest';
import { chapterIndexOf, eventMessage, parseCommand } from '../../../src/lib/embed/messages';

const T = 'treaty-road';

describe('parseCommand', () => {
	it.each([
		[{ target: T, command: 'goto', chapter: 'baikal' }, { command: 'goto', chapter: 'baikal' }],
		[{ target: T, command: 'goto', chapter: 0 }, { command: 'goto', chapter: 0 }],
		[{ target: T, command: 'goto', chapter: 7 }, { command: 'goto', chapter: 7 }],
		[{ target: T, command: 'setProgress', progress: 0 }, { command: 'setProgress', progress: 0 }],
		[{ target: T, command: 'setProgress', progress: 0.5 }, { command: 'setProgress', progress: 0.5 }],
		[{ target: T, command: 'setProgress', progress: 1 }, { command: 'setProgress', progress: 1 }],
		[{ target: T, command: 'hostScroll', progress: 0.25 }, { command: 'hostScroll', progress: 0.25 }]
	])('accepts %j', (data, expected) => {
		expect(parseCommand(data)).toEqual(expected);
	});

	const proto = Object.create({ target: T, command: 'setProgress', progress: 0.5 }) as object;
	it.each([
		['undefined', undefined],
		['null', null],
		['a string', 'goto baikal'],
		['a Pym string', 'pymxPYMxidxPYMxwidthxPYMx600'],
		['a number', 42],
		['an array', [T, 'goto', 'baikal']],
		['no target', { command: 'goto', chapter: 'baikal' }],
		['another target', { target: 'other-app', command: 'goto', chapter: 'baikal' }],
		['an unknown command', { target: T, command: 'eval', code: 'alert(1)' }],
		['a command in the wrong case', { target: T, command: 'GOTO', chapter: 'baikal' }],
		['goto without a chapter', { target: T, command: 'goto' }],
		['goto a non-slug', { target: T, command: 'goto', chapter: '<img src=x>' }],
		['goto an upper-case id', { target: T, command: 'goto', chapter: 'Baikal' }],
		['goto an empty id', { target: T, command: 'goto', chapter: '' }],
		['goto a very long id', { target: T, command: 'goto', chapter: 'a'.repeat(101) }],
		['goto a negative index', { target: T, command: 'goto', chapter: -1 }],
		['goto a fractional index', { target: T, command: 'goto', chapter: 1.5 }],
		['goto a huge index', { target: T, command: 'goto', chapter: 1e9 }],
		['goto an object', { target: T, command: 'goto', chapter: { id: 'baikal' } }],
		['goto with an extra key', { target: T, command: 'goto', chapter: 'baikal', then: 'x' }],
		['progress above 1', { target: T, command: 'setProgress', progress: 1.01 }],
		['progress below 0', { target: T, command: 'setProgress', progress: -0.1 }],
		['progress NaN', { target: T, command: 'setProgress', progress: Number.NaN }],
		['progress Infinity', { target: T, command: 'setProgress', progress: Infinity }],
		['progress as a string', { target: T, command: 'setProgress', progress: '0.5' }],
		['progress missing', { target: T, command: 'hostScroll' }],
		['progress with an extra key', { target: T, command: 'setProgress', progress: 0.5, chapter: 'x' }],
		['inherited fields', proto],
		['a Date', new Date()],
		['a Map', new Map([['target', T]])]
	])('ignores %s', (_name, data) => {
		expect(parseCommand(data)).toBeNull();
	});

	it('accepts an object without prototype (structured clones may arrive so)', () => {
		const o = Object.assign(Object.create(null) as object, { target: T, command: 'setProgress', progress: 0.1 });
		expect(parseCommand(o)).toEqual({ command: 'setProgress', progress: 0.1 });
	});
});

describe('chapterIndexOf', () => {
	const ids = ['eleven-days', 'departure', 'baikal'];
	it.each([
		['baikal', 2],
		['departure', 1],
		[0, 0],
		[2, 2],
		[3, null],
		['moscow', null]
	] as const)('%j → %j', (ref, expected) => {
		expect(chapterIndexOf(ref, ids)).toBe(expected);
	});
});

describe('eventMessage', () => {
	it('tags events with the namespace and version and rounds fractions', () => {
		expect(eventMessage({ type: 'progress', progress: 0.123456, chapter: 'baikal', chapterProgress: 0.99999, date: '1949-12-10' })).toEqual({
			source: T,
			version: 1,
			type: 'progress',
			progress: 0.1235,
			chapter: 'baikal',
			chapterProgress: 1,
			date: '1949-12-10'
		});
		expect(eventMessage({ type: 'height', height: 479.2 })).toEqual({ source: T, version: 1, type: 'height', height: 480 });
		expect(eventMessage({ type: 'chapter', chapter: 'baikal', index: 4, title: 'Baikal' })).toMatchObject({ source: T, type: 'chapter', chapter: 'baikal' });
	});

	it('produces messages that survive structured cloning', () => {
		const m = eventMessage({ type: 'ready', journey: 'mao-outbound', chapters: [{ id: 'a', title: 'A' }], chapter: 'a', progress: 0 });
		expect(structuredClone(m)).toEqual(m);
	});
});
