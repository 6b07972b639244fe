// Pure: where the kiosk's card column, bottom bar and date box sit on a screen of a given size, and so the part of the map the camera frames around them.
import type { Viewport } from '../story/camera';

/** Space between the screen's edge and the panels, and between panels. */
export const GUTTER = 24;
/** The bottom bar: previous/next, the journey row (buttons tall enough for two-line titles) and the credit line, one or two lines, under it. */
export const BAR_HEIGHT = 150;
/** Kept free across the top for the date box (at the right) and the attract loop's hint (beside it). */
export const TOP_BAND = 170;
/** The date box's widest, so the hint beside it never runs under it. */
export const READOUT_MAX_WIDTH = 480;

export interface Box {
	left: number;
	top: number;
	width: number;
	height: number;
}

export interface KioskLayout {
	portrait: boolean;
	/** The card and the language and page buttons under it: a column at the left, or a band above the bar on a portrait screen. */
	side: Box;
	/** What the camera frames around: the card column, the bar and the top band stay clear of the route and the current place. */
	padding: Viewport['padding'];
}

/** On a screen far smaller than a kiosk's, the padding shrinks so that the camera still has a third of each side to frame in. */
function keepRoom(p: Viewport['padding'], width: number, height: number): Viewport['padding'] {
	const v = Math.min(1, (height * 2) / 3 / Math.max(1, p.top + p.bottom));
	const h = Math.min(1, (width * 2) / 3 / Math.max(1, p.left + p.right));
	return { top: Math.round(p.top * v), right: Math.round(p.right * h), bottom: Math.round(p.bottom * v), left: Math.round(p.left * h) };
}

export function kioskLayout(width: number, height: number): KioskLayout {
	const portrait = height > width;
	if (portrait) {
		const sideHeight = Math.round(Math.min(height * 0.4, height - BAR_HEIGHT - TOP_BAND - 3 * GUTTER - 200));
		const top = height - BAR_HEIGHT - GUTTER - sideHeight;
		return {
			portrait,
			side: { left: GUTTER, top, width: width - 2 * GUTTER, height: sideHeight },
			padding: keepRoom({ top: TOP_BAND, right: 0, bottom: height - top, left: 0 }, width, height)
		};
	}
	const sideWidth = Math.round(Math.min(width * 0.38, 720));
	return {
		portrait,
		side: { left: GUTTER, top: GUTTER, width: sideWidth, height: height - BAR_HEIGHT - 2 * GUTTER },
		padding: keepRoom({ top: TOP_BAND, right: GUTTER, bottom: BAR_HEIGHT, left: GUTTER + sideWidth + GUTTER }, width, height)
	};
}

/** The map's labels on the kiosk, times their size in the story: at least 16 px at every zoom the kiosk's chapters use (tests/unit/kiosk/labels.test.ts). */
export const KIOSK_TEXT_SCALE = 1.6;
