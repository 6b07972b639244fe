// The reader's map in real Chromium on this software renderer (map/motion-resolution.ts): drawn at half resolution while a fast scroll moves it, in full once the reader stops.
import { expect, test } from '@playwright/test';
import { waitForMap, watch } from './helpers';

/** The map canvas's drawing-buffer width over its CSS width: 1 at the device's resolution (these tests run at 1×). */
const ratio = (page: import('@playwright/test').Page) => page.evaluate(() => {
	const c = document.querySelector<HTMLCanvasElement>('.map-stage canvas')!;
	return c.width / c.clientWidth;
});

test('a fast scroll is drawn at half resolution, the place the reader stops at in full', async ({ page }) => {
	const w = watch(page);
	await page.goto('/');
	await waitForMap(page);
	expect(await ratio(page)).toBe(1);
	// Scroll at 2,000 px/s, frame by frame, until told to stop: moving frames here take far longer than 42 ms.
	await page.evaluate(() => {
		const t0 = performance.now();
		const w = window as Window & { __stopScroll?: boolean };
		const tick = () => {
			if (w.__stopScroll) return;
			scrollTo(0, (2000 * (performance.now() - t0)) / 1000);
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	await expect.poll(() => ratio(page), { timeout: 20_000, message: 'the moving map is drawn at half resolution' }).toBe(0.5);
	await page.evaluate(() => ((window as Window & { __stopScroll?: boolean }).__stopScroll = true));
	await expect.poll(() => ratio(page), { message: 'the resting map is drawn in full' }).toBe(1);
	expect(w.errors).toEqual([]);
});

