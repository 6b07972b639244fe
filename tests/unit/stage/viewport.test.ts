// Tests for the stage's layouts: the camera frames the part of the map that text and controls leave free.
import { describe, expect, it } from 'vitest';
import { PHONE_MAX_WIDTH, storyStacks, viewportFor } from '../../../src/lib/stage/viewport';

describe('viewportFor', () => {
	it('keeps the story text column free on a desktop, the card area free on a phone', () => {
		expect(viewportFor('story', 1440, 900).padding.left).toBeGreaterThan(400);
		const phone = viewportFor('story', PHONE_MAX_WIDTH, 844).padding;
		expect(phone.left).toBe(0);
		expect(phone.bottom).toBeGreaterThan(844 * 0.4);
	});
	it('stacks the cards only on a narrow window held upright: a phone turned sideways gets the column beside the map', () => {
		expect(storyStacks(390, 844)).toBe(true);
		expect(storyStacks(PHONE_MAX_WIDTH, PHONE_MAX_WIDTH)).toBe(true);
		expect(storyStacks(667, 375)).toBe(false);
		expect(storyStacks(640, 480)).toBe(false);
		expect(storyStacks(PHONE_MAX_WIDTH + 1, 900)).toBe(false);
		const sideways = viewportFor('story', 667, 375).padding;
		expect(sideways.bottom).toBe(viewportFor('story', 1440, 900).padding.bottom);
		// The column is 45% of a narrow window and its gutters: the camera frames the rest, more than half of the width.
		expect(sideways.left).toBe(Math.round(667 * 0.45 + 32));
		expect(667 - sideways.left).toBeGreaterThan(667 / 2);
	});
	it('turns the kiosk layout with the screen', () => {
		expect(viewportFor('kiosk', 1920, 1080).padding.left).toBeGreaterThan(600);
		expect(viewportFor('kiosk', 1080, 1920).padding.bottom).toBeGreaterThan(700);
	});
	it('keeps the embed readout clear at the top, however small the frame', () => {
		expect(viewportFor('embed', 640, 480).padding.top).toBe(48);
		expect(viewportFor('embed', 300, 200).padding.top).toBe(30);
	});
	it('always leaves room to frame something', () => {
		for (const layout of ['story', 'kiosk', 'embed'] as const)
			for (const [w, h] of [[300, 300], [1920, 1080], [390, 844], [667, 375], [640, 480]] as const) {
				const { padding } = viewportFor(layout, w, h);
				expect(w - padding.left - padding.right).toBeGreaterThan(0);
				expect(h - padding.top - padding.bottom).toBeGreaterThan(0);
			}
	});
});
