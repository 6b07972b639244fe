// Tests for seeking the story by date (the timeline's jump).
import { describe, expect, it } from 'vitest';
import { seek } from '../../../src/lib/story/seek';
import { scene } from '../../../src/lib/story/scene';
import { miniStory, viewport } from './fixture';

const story = miniStory();

describe('seek', () => {
	it('lands in the chapter whose window holds the date, at the matching point', () => {
		const t = Date.parse('1949-12-06T13:00:00Z') + 3600_000 * 4; // 4 h after leaving Alpha
		const target = seek(story, t);
		expect(target.index).toBe(1);
		const s = scene(story, { index: target.index, progress: target.progress }, viewport);
		expect(Math.abs(Date.parse(s.readout!.dateIso) - t)).toBeLessThan(36 * 3600_000);
	});
	it('goes to the nearest chapter for a date outside every window', () => {
		expect(seek(story, Date.parse('1960-01-01'))).toEqual({ index: 3, progress: 1 });
		expect(seek(story, Date.parse('1940-01-01')).index).toBe(1);
	});
});
