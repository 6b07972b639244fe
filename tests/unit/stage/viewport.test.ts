// Tests for the stage's layouts: the camera frames the part of the map that text and controls leave free.
import { describe, expect, it } from 'vitest';
import { PHONE_MAX_WIDTH, viewportFor } from '../../../src/lib/stage/viewport';

describe('viewportFor', () => {
	it('keeps the story text column free on a desktop, the card area free on a phone', () => {
		expect(viewportFor('story', 1440, 900).padding.left).toBeGreaterThan(400);
		const phone = viewportFor('story', PHONE_MAX_WIDTH, 844).padding;
		expect(phone.left).toBe(0);
		expect(phone.bottom).toBeGreaterThan(844 * 0.4);
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
			for (const [w, h] of [[300, 300], [1920, 1080], [390, 844]] as const) {
				const { padding } = viewportFor(layout, w, h);
				expect(w - padding.left - padding.right).toBeGreaterThan(0);
				expect(h - padding.top - padding.bottom).toBeGreaterThan(0);
			}
	});
});
