// The overview basemap stops under the detail tier once the detail is in (src/lib/map/overview.ts): the close views still show land, coasts and names.
import { expect, test } from '@playwright/test';
import { mapPixelStats, scrollToChapter, waitForMap, watch } from './helpers';

test('closer in than the detail zoom, the overview retires once the detail has come, and the map still shows the land', async ({ page }) => {
	const w = watch(page);
	await page.goto('/');
	await waitForMap(page);
	const map = page.locator('.map-stage .map');
	await expect(map, 'the first view (zoom 4.5) needs no detail').not.toHaveAttribute('data-overview-retired', 'true');

	// Mao's departure from Beijing, at zoom 6.5: the detail tier is fetched on the way in.
	await scrollToChapter(page, 'departure', 0.5);
	await expect(map).toHaveAttribute('data-overview-retired', 'true', { timeout: 30_000 });
	// Land, coasts, rivers and names: the detail tier alone draws them now (the overview drew them under it before).
	await expect.poll(async () => (await mapPixelStats(page)).distinct, { timeout: 15_000 }).toBeGreaterThan(20);
	expect((await mapPixelStats(page)).nonDominant, 'not a sea-coloured map').toBeGreaterThan(0.1);
	await page.screenshot({ path: 'shots/overview-retired-departure.png' });

	// Back out to the wide first view: the overview draws again below the detail's zoom.
	await page.evaluate(() => scrollTo(0, 0));
	await expect.poll(async () => (await mapPixelStats(page)).nonDominant, { timeout: 15_000 }).toBeGreaterThan(0.1);
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});
