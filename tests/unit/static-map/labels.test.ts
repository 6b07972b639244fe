// Tests for the static maps' label placement: boxes as wide as the letters (a Chinese character is a whole em), and no line said twice.
import { describe, expect, it } from 'vitest';
import { placeLabels, SIZE } from '../../../src/lib/static-map/labels';

describe('placeLabels', () => {
	it('measures Chinese names at a whole em a character, so a name near the edge goes to the side where it fits', () => {
		// Seven characters are 84 px at 12 px; a point 60 px from the right edge has no room on its right for them.
		const [svg] = placeLabels([{ x: 360, y: 140, text: '莫斯科大剧院前', gap: 4 }], [], 420, 280);
		expect(svg).toContain('text-anchor="end"');
		const x = Number(/x="([\d.]+)"/.exec(svg!)![1]);
		expect(x - 7 * SIZE).toBeGreaterThanOrEqual(0);
	});

	it('keeps a Latin name of the same length on the right, where it fits', () => {
		const [svg] = placeLabels([{ x: 300, y: 140, text: 'Bolshoi', gap: 4 }], [], 420, 280);
		expect(svg).not.toContain('text-anchor');
	});

	it('writes a second line only when it says something else', () => {
		const [same] = placeLabels([{ x: 100, y: 140, text: '孔策沃别墅', sub: '孔策沃别墅', gap: 4 }], [], 420, 280);
		expect(same).not.toContain('<tspan');
		const [other] = placeLabels([{ x: 100, y: 140, text: 'Peiping', sub: 'now Beijing', gap: 4 }], [], 420, 280);
		expect(other).toContain('<tspan');
	});
});
