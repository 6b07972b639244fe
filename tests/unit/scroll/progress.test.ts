// Tests for src/lib/scroll/progress.ts: position from offsets, including jumps past the ends.
import { describe, expect, it } from 'vitest';
import { positionAt } from '../../../src/lib/scroll/progress';

const tops = [100, 1100, 2100];
describe('positionAt', () => {
	it.each([
		[0, 0, 0],
		[100, 0, 0],
		[600, 0, 0.5],
		[1100, 1, 0],
		[2600, 2, 0.5],
		[3100, 2, 1],
		[99999, 2, 1]
	] as const)('reading line at %d → chapter %d, progress %d', (line, index, progress) => {
		expect(positionAt(tops, 3100, line)).toEqual({ index, progress });
	});
	it('copes with no chapters', () => {
		expect(positionAt([], 0, 50)).toEqual({ index: 0, progress: 0 });
	});
});
