// Pure: the part of the map each layout leaves free of text and controls, as a Viewport whose padding the camera frames around.
import type { Viewport } from '../story/camera';
import { kioskLayout } from '../kiosk/layout';

export type Layout = 'story' | 'kiosk' | 'embed';

/** Up to this width a window held upright gets the story's phone layout: the cards stacked over the lower half of the map. */
export const PHONE_MAX_WIDTH = 700;

/**
 * Whether the story stacks its cards over the map (a phone held upright) rather than beside it. A phone turned sideways
 * (667×375) has no height for a band of readout, a map and half a screen of card: it gets the column beside the map.
 * The CSS says the same with `(max-width: 700px) and (orientation: portrait)`.
 */
export function storyStacks(width: number, height: number): boolean {
	return width <= PHONE_MAX_WIDTH && height >= width;
}

/**
 * On a phone held upright, how far down the map the camera's frame starts: below the band of readout, timeline and tools
 * (its bottom is 154–204 px in the three editions at 320–390 px wide, as the readout's lines wrap). At 140 the first
 * chapter's vehicle stood at 161 px, under the band. A short window gives up some of it (at most 30% of its height) to keep a frame.
 */
const STACKED_TOP_PX = 210;

/** The story's text column beside the map: the card (30rem, at most 45% of the width) and its gutters (2rem); the CSS's `--beside-story`. */
const storyColumnPx = (width: number) => Math.min(30 * 16, width * 0.45) + 32;

export function viewportFor(layout: Layout, width: number, height: number): Viewport {
	const vp = (top: number, bottom: number, left: number): Viewport => ({ width, height, padding: { top, right: 0, bottom, left } });
	switch (layout) {
		case 'story':
			return storyStacks(width, height) ? vp(Math.round(Math.min(STACKED_TOP_PX, height * 0.3)), Math.round(height * 0.48), 0) : vp(0, 90, Math.round(storyColumnPx(width)));
		case 'kiosk':
			// The kiosk page lays out its card, bar and date box from the same numbers.
			return { width, height, padding: kioskLayout(width, height).padding };
		case 'embed':
			// The readout sits over the top of the map: keep the camera's subject below it.
			return vp(Math.round(Math.min(48, height * 0.15)), 0, 0);
	}
}
