// Tests for the kiosk's layout: the camera's padding is the card column, the bar and the top band, so every chapter's vehicle stays clear of them.
import { beforeAll, describe, expect, it } from 'vitest';
import { storyFromFiles } from '../../e2e/story-data';
import { scene, type Story } from '../../../src/lib/story/scene';
import { mercX, mercY, type Camera } from '../../../src/lib/story/camera';
import type { LngLat } from '../../../src/lib/geo/measure';
import { TRANSITION } from '../../../src/lib/story/position';
import { viewportFor } from '../../../src/lib/stage/viewport';
import { BAR_HEIGHT, GUTTER, kioskLayout, TOP_BAND } from '../../../src/lib/kiosk/layout';

const SCREENS = [[1920, 1080], [1080, 1920]] as const;

let story: Story;
beforeAll(() => {
	story = storyFromFiles();
}, 120_000);

/** Where MapLibre draws `p` on a w×h screen for `camera` with `padding` (the centre sits in the middle of the padded box). */
function project(p: LngLat, camera: Camera, w: number, h: number, padding: { top: number; right: number; bottom: number; left: number }): [number, number] {
	const scale = 512 * 2 ** camera.zoom;
	const cx = padding.left + (w - padding.left - padding.right) / 2;
	const cy = padding.top + (h - padding.top - padding.bottom) / 2;
	return [cx + (mercX(p[0]) - mercX(camera.center[0])) * scale, cy + (mercY(p[1]) - mercY(camera.center[1])) * scale];
}

describe('kioskLayout', () => {
	it.each(SCREENS)('pads the camera by the card column, the bar and the top band at %i×%i', (w, h) => {
		const { side, padding } = kioskLayout(w, h);
		expect(viewportFor('kiosk', w, h).padding).toEqual(padding);
		expect(padding.top).toBeGreaterThanOrEqual(TOP_BAND);
		expect(padding.bottom).toBeGreaterThanOrEqual(BAR_HEIGHT);
		if (h > w) expect(padding.bottom).toBeGreaterThanOrEqual(h - side.top);
		else expect(padding.left).toBeGreaterThanOrEqual(side.left + side.width + GUTTER);
		expect(side.left + side.width).toBeLessThanOrEqual(w - GUTTER);
		expect(side.top + side.height).toBeLessThanOrEqual(h - BAR_HEIGHT);
	});

	it.each(SCREENS)('keeps every chapter\'s vehicle out from under the card, the bar and the date box at %i×%i', (w, h) => {
		const { side } = kioskLayout(w, h);
		const vp = viewportFor('kiosk', w, h);
		const hidden: string[] = [];
		for (let index = 0; index < story.chapters.length; index++)
			for (const progress of [TRANSITION, 0.4, 0.6, 0.8, 1]) {
				const s = scene(story, { index, progress }, vp);
				if (!s.vehicle) continue;
				const [x, y] = project(s.vehicle.lngLat, s.camera, w, h, vp.padding);
				const underCard = x >= side.left && x <= side.left + side.width && y >= side.top && y <= side.top + side.height;
				const underBar = y >= h - BAR_HEIGHT;
				const underTop = y <= TOP_BAND;
				if (underCard || underBar || underTop) hidden.push(`${s.chapterId} at ${progress}: (${Math.round(x)}, ${Math.round(y)})`);
			}
		expect(hidden).toEqual([]);
	});
});
