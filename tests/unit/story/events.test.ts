// Tests for the scene's events: the dated events of the journey being told appear as the story's date reaches them, and only those with a map label.
import { describe, expect, it } from 'vitest';
import { scene } from '../../../src/lib/story/scene';
import { miniStory, viewport } from './fixture';

const story = miniStory();
const at = (index: number, progress: number) => scene(story, { index, progress }, viewport).events;

describe('scene events', () => {
	it('has only labelled events', () => {
		expect(story.events.map((e) => e.id)).toEqual(['talks']);
	});
	it('shows an event once the date reaches it, in the journey it belongs to', () => {
		// The by-time chapter runs from 6 Dec 21:00 to 8 Dec 06:00; the talks are on 7 Dec at 20:00.
		expect(at(3, 0.25)).toEqual([]);
		expect(at(3, 0.9)).toEqual(['talks']);
	});
	it('shows none in a chapter without a journey', () => {
		expect(at(0, 0.5)).toEqual([]);
	});
});

