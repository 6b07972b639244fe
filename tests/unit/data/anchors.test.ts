// Tests for data/anchors: a journey's timeline from its dated stops, refused when it would run backwards.
import { describe, expect, it } from 'vitest';
import { checkAnchors } from '../../../src/lib/data/anchors';
import type { Anchor } from '../../../src/lib/geo/timeline';

describe('checkAnchors', () => {
	it.each([
		[[{ km: 0, t: 0 }], /at least 2/],
		[[{ km: 0, t: 0 }, { km: -1, t: 1 }], /goes back along the route/],
		[[{ km: 0, t: 5 }, { km: 1, t: 1 }], /goes back in time/]
	] as const)('rejects bad anchors %#', (anchors, msg) => {
		expect(() => checkAnchors(anchors as unknown as Anchor[])).toThrow(msg);
	});
});
