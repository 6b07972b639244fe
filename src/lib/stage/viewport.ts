// Pure: the part of the map each layout leaves free of text and controls, as a Viewport whose padding the camera frames around.
import type { Viewport } from '../story/camera';
import { kioskLayout } from '../kiosk/layout';

export type Layout = 'story' | 'kiosk' | 'embed';

/** Below this width the story stacks the cards over the lower half of the map (a phone). */
export const PHONE_MAX_WIDTH = 700;

/** The story's text column on a desktop: the card (30rem) and its gutters. */
const STORY_COLUMN_PX = 30 * 16 + 32;

export function viewportFor(layout: Layout, width: number, height: number): Viewport {
	const vp = (top: number, bottom: number, left: number): Viewport => ({ width, height, padding: { top, right: 0, bottom, left } });
	switch (layout) {
		case 'story':
			return width <= PHONE_MAX_WIDTH ? vp(140, Math.round(height * 0.48), 0) : vp(0, 90, Math.min(STORY_COLUMN_PX, width * 0.45));
		case 'kiosk':
			// The kiosk page lays out its card, bar and date box from the same numbers.
			return { width, height, padding: kioskLayout(width, height).padding };
		case 'embed':
			// The readout sits over the top of the map: keep the camera's subject below it.
			return vp(Math.round(Math.min(48, height * 0.15)), 0, 0);
	}
}
