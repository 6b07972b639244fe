// Without WebGL the page still reads as a complete story: every chapter's text, a static route map in each, and a short note.
import { expect, test } from '@playwright/test';
import { chapterIds, watch } from './helpers';
import config from '../../playwright.config';

test.use({ launchOptions: { ...config.use!.launchOptions, args: [...(config.use!.launchOptions!.args ?? []), '--disable-webgl', '--disable-3d-apis'] } });

test('without WebGL every chapter shows its text and a static route map', async ({ page }) => {
	const w = watch(page);
	await page.goto('/');
	await expect(page.locator('html')).toHaveClass(/no-webgl/);
	await expect(page.locator('.no-webgl-note')).toBeVisible();
	const ids = await chapterIds(page);
	expect(ids.length).toBeGreaterThanOrEqual(5);
	for (const id of ids) {
		const section = page.locator(`#${id}`);
		await expect(section.locator('h2')).toBeVisible();
		const map = section.locator('.static-map img');
		await map.scrollIntoViewIfNeeded();
		await expect(map).toBeVisible();
		expect(await map.getAttribute('alt')).toMatch(/^(Route map|Map of)/);
		// The image has loaded and drawn: an SVG file with its own basemap, not a broken link.
		await expect.poll(() => map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
	}
	await page.locator(`#${ids[3]}`).scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'shots/no-webgl.png' });
	expect(await page.locator('.map-stage canvas').count()).toBe(0);
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});

test('without WebGL the kiosk shows each chapter\'s static map with a short notice, runs its loop and stays healthy', async ({ page }) => {
	const w = watch(page);
	await page.goto('/kiosk/?idle=60&dwell=2&watchdog=3');
	const figure = page.locator('.kiosk figure.static');
	await expect(figure.locator('img')).toBeVisible();
	await expect.poll(() => figure.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
	await expect(figure.locator('figcaption')).not.toBeEmpty();
	await expect(page.locator('.kiosk .credit')).toContainText('OpenStreetMap');
	const first = await page.locator('.kiosk').getAttribute('data-chapter');
	// A long chapter gets up to four dwells (one per card of text): up to 8 s at dwell=2, on a slow machine more.
	await expect.poll(() => page.locator('.kiosk').getAttribute('data-chapter'), { timeout: 45_000 }).not.toBe(first);
	await expect.poll(() => figure.locator('img').getAttribute('src')).not.toContain(`/${first}.svg`);
	await page.screenshot({ path: 'shots/kiosk-no-webgl.png' });
	// The watchdog sees a healthy kiosk (the story loaded, the loop runs): it does not reload.
	expect(await page.evaluate(() => (window as unknown as { __kioskHealthy?: boolean }).__kioskHealthy)).toBe(true);
	expect(await page.locator('.kiosk canvas').count()).toBe(0);
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});
