// The Pym.js child protocol: the messages pym.Parent sends are understood; anything else is ignored.
import { describe, expect, it } from 'vitest';
import { isPymId, parsePym, pymMessage, pymViewport, pymWidth } from '../../../src/lib/embed/pym';
import { scrollProgress } from '../../../src/lib/embed/scroll-progress';

describe('pym messages', () => {
	it('writes the height message exactly as pym.Parent expects it', () => {
		expect(pymMessage('treaty-road-1', 'height', '480')).toBe('pymxPYMxtreaty-road-1xPYMxheightxPYMx480');
	});

	it('reads messages addressed to this child', () => {
		expect(parsePym('pymxPYMxexamplexPYMxwidthxPYMx640', 'example')).toEqual({ type: 'width', value: '640' });
		expect(parsePym('pymxPYMxexamplexPYMxviewport-iframe-positionxPYMx1280 800 -20 0 460 640', 'example')).toEqual({
			type: 'viewport-iframe-position',
			value: '1280 800 -20 0 460 640'
		});
	});

	it.each([
		['another child', 'pymxPYMxotherxPYMxwidthxPYMx640'],
		['not pym', 'pimxPYMxexamplexPYMxwidthxPYMx640'],
		['too few parts', 'pymxPYMxexamplexPYMxwidth'],
		['too many parts', 'pymxPYMxexamplexPYMxwidthxPYMx640xPYMx1'],
		['a type with spaces', 'pymxPYMxexamplexPYMxwid thxPYMx640'],
		['an object', { type: 'width' }],
		['a huge string', 'pymxPYMxexamplexPYMxwidthxPYMx' + '1'.repeat(2000)]
	])('ignores %s', (_name, data) => {
		expect(parsePym(data, 'example')).toBeNull();
	});

	it.each([
		['640', 640],
		['0', null],
		['-5', null],
		['64.5', null],
		['640px', null],
		['', null],
		['123456', null]
	])('width %j → %j', (value, expected) => {
		expect(pymWidth(value)).toBe(expected);
	});

	it('reads the viewport and iframe position', () => {
		expect(pymViewport('1280 800 -20 0 460 640')).toEqual({ viewportHeight: 800, top: -20, height: 480 });
		expect(pymViewport('1280 800 12.5 0 492.5 640')).toEqual({ viewportHeight: 800, top: 12.5, height: 480 });
		for (const bad of ['1280 800 -20 0 460', '1280 0 0 0 10 10', 'a b c d e f', '1280 800 100 0 50 640', '1e3 800 0 0 10 10']) expect(pymViewport(bad)).toBeNull();
	});

	it('refuses numbers too large to be finite, so no NaN progress can follow', () => {
		const huge = '9'.repeat(400);
		for (const bad of [`1280 ${huge} 0 0 10 640`, `1280 800 -${huge} 0 ${huge} 640`, `1280 800 0 0 ${huge} 640`]) expect(pymViewport(bad)).toBeNull();
		expect(scrollProgress(Infinity, 0, 10)).toBe(0);
		expect(scrollProgress(800, Number.NaN, 480)).toBe(0);
	});

	it('accepts the ids pym.Parent uses and nothing that could break its regular expression', () => {
		for (const ok of ['example', 'pym-0-abcde', 'treaty-road-12', 'a.b:c_d']) expect(isPymId(ok)).toBe(true);
		for (const bad of ['', 'a b', 'x(y)', 'a'.repeat(101), null, 3]) expect(isPymId(bad)).toBe(false);
	});
});
