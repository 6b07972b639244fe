// The map compiles its GPU programs while the reader has not moved yet (map/warm-up.ts): a scroll through every chapter afterwards compiles none, so no frame stalls on it.
import { expect, test } from '@playwright/test';
import { chapterIds, scrollToChapter, waitForMap, watch } from './helpers';

test('after the warm-up, scrolling through every chapter links no new WebGL program', async ({ page }) => {
	test.setTimeout(240_000);
	const w = watch(page);
	await page.addInitScript(() => {
		const counts = { links: 0 };
		(window as unknown as { __programs: typeof counts }).__programs = counts;
		for (const C of [WebGL2RenderingContext, WebGLRenderingContext]) {
			const link = C.prototype.linkProgram;
			C.prototype.linkProgram = function (this: WebGLRenderingContext, program: WebGLProgram) {
				counts.links++;
				return link.call(this, program);
			};
		}
	});
	await page.goto('/');
	await waitForMap(page);
	const links = () => page.evaluate(() => (window as unknown as { __programs: { links: number } }).__programs.links);
	await expect(page.locator('.map-stage .map')).toHaveAttribute('data-programs-warm', 'true', { timeout: 120_000 });
	const warmed = await links();
	expect(warmed).toBeGreaterThan(0);
	for (const id of await chapterIds(page)) {
		for (const progress of [0.3, 0.9]) {
			await scrollToChapter(page, id, progress);
			// Time for the chapter's tiers and tiles to arrive and be drawn.
			await page.waitForTimeout(400);
		}
	}
	await page.waitForTimeout(1500);
	expect(await links()).toBe(warmed);
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});
