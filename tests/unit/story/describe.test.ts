// Tests for the spoken description of a scene.
import { describe, expect, it } from 'vitest';
import { describeScene } from '../../../src/lib/story/describe';
import { scene } from '../../../src/lib/story/scene';
import { miniStory, viewport } from './fixture';

const story = miniStory();

describe('describeScene', () => {
	it('says where the vehicle is, on which day, and how far it has come', () => {
		expect(describeScene(scene(story, 1, 0, viewport))).toBe('The train is at Alpha, 6 December 1949; 0 km travelled.');
		expect(describeScene(scene(story, 2, 0.6, viewport))).toMatch(/^The train is (at|between) .+, about \d+ December 1949; \d+ km travelled\.$/);
	});
	it('is silent when no journey is shown', () => {
		expect(describeScene(scene(story, 0, 0.5, viewport))).toBe('');
		expect(describeScene(null)).toBe('');
	});
});
