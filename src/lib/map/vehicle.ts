// The vehicle marker's element: a badge whose glyph matches the mode, with a pointer turned to the direction of travel.
import type { Mode } from '../data/schema';

// Small inline SVG paths (drawn for this project) so no icon is ever fetched.
export const GLYPHS: Record<Mode, string> = {
	rail: '<path d="M7 3h10a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3l2 3h-2.2l-2-3H9.2l-2 3H5l2-3a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3Zm0 2a1 1 0 0 0-1 1v4h12V6a1 1 0 0 0-1-1Zm1 8.5a1.5 1.5 0 1 0 0 .01Zm8 0a1.5 1.5 0 1 0 0 .01Z"/>',
	air: '<path d="M21 15.5v-2l-7.5-4.5V4a1.5 1.5 0 0 0-3 0v5L3 13.5v2l7.5-2.3V18L8.5 19.5V21l3.5-1 3.5 1v-1.5L13.5 18v-4.8Z"/>',
	road: '<path d="M5 11 6.6 6.5A2 2 0 0 1 8.5 5h7a2 2 0 0 1 1.9 1.5L19 11a2 2 0 0 1 1 1.7V17h-2v2h-2.5v-2h-7v2H6v-2H4v-4.3A2 2 0 0 1 5 11Zm2.1 0h9.8l-1.2-3.6a.6.6 0 0 0-.6-.4H8.9a.6.6 0 0 0-.6.4ZM7.5 13a1.25 1.25 0 1 0 0 2.5 1.25 1.25 0 0 0 0-2.5Zm9 0a1.25 1.25 0 1 0 0 2.5 1.25 1.25 0 0 0 0-2.5Z"/>',
	sea: '<path d="M12 2.5 13 4h3v4.2l3.5 1.3-2.2 6.5H6.7L4.5 9.5 8 8.2V4h3Zm-2 3.5v1.6L12 7l2 .6V6ZM3 18c1.5 0 2.2.8 3 .8s1.5-.8 3-.8 2.2.8 3 .8 1.5-.8 3-.8 2.2.8 3 .8 1.5-.8 3-.8v2c-1.5 0-2.2.8-3 .8s-1.5-.8-3-.8-2.2.8-3 .8-1.5-.8-3-.8-2.2.8-3 .8S4.5 20 3 20Z"/>'
};

export function createVehicleElement(): { element: HTMLElement; update(mode: Mode, bearing: number, mapBearing: number): void } {
	const element = document.createElement('div');
	element.className = 'vehicle';
	element.setAttribute('aria-hidden', 'true');
	element.innerHTML = '<span class="vehicle-heading"></span><svg viewBox="0 0 24 24" width="20" height="20" fill="currentColor"></svg>';
	const svg = element.querySelector('svg')!;
	const heading = element.querySelector<HTMLElement>('.vehicle-heading')!;
	let lastMode: Mode | undefined;
	return {
		element,
		update(mode, bearing, mapBearing) {
			if (mode !== lastMode) {
				svg.innerHTML = GLYPHS[mode];
				lastMode = mode;
			}
			heading.style.transform = `rotate(${bearing - mapBearing}deg)`;
		}
	};
}
