// The museum kiosk in real Chromium: attract loop, a visitor's touch, reset after idle, offline reload, and recovery from a lost WebGL context.
import { expect, test, type Page } from '@playwright/test';
import { mapPixelStats, watch } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

const kiosk = (page: Page) => page.locator('.kiosk');
const stage = (page: Page) => page.locator('.kiosk .map-stage');
const attr = async (page: Page, name: string) => (await kiosk(page).getAttribute(name)) ?? '';

async function ready(page: Page) {
	await expect(stage(page)).toHaveAttribute('data-map-ready', 'true', { timeout: 90_000 });
}

test('idle → attract → touch → idle → reset', async ({ page }) => {
	const w = watch(page);
	// idle=4 rather than 2: software WebGL at kiosk size is slow enough that a click can take a second.
	await page.goto('/kiosk/?idle=4&dwell=2');
	await ready(page);
	await expect(kiosk(page)).toHaveAttribute('data-mode', 'attract');
	const first = await attr(page, 'data-chapter');
	const start = await attr(page, 'data-playlist-start');
	// The attract loop moves on by itself.
	await expect.poll(() => attr(page, 'data-chapter'), { timeout: 15_000 }).not.toBe(first);
	await page.screenshot({ path: 'shots/kiosk-attract.png' });

	await page.getByRole('button', { name: 'Next chapter' }).click();
	await expect(kiosk(page)).toHaveAttribute('data-mode', 'visitor');
	const chosen = await attr(page, 'data-chapter');
	await page.waitForTimeout(1200);
	expect(await attr(page, 'data-chapter'), `a visitor keeps the chapter they chose (${w.errors.join('; ')})`).toBe(chosen);

	// Nobody touches it for `idle` seconds: back to attract, from the start.
	await expect(kiosk(page)).toHaveAttribute('data-mode', 'attract', { timeout: 10_000 });
	expect(await attr(page, 'data-chapter'), 'the loop starts again from the beginning').toBe(start);

	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});

test('a journey can be picked, and swiping steps through its chapters', async ({ page }) => {
	const w = watch(page);
	await page.goto('/kiosk/?idle=30&dwell=5');
	await ready(page);
	const buttons = page.getByRole('group', { name: 'Choose a journey' }).getByRole('button');
	expect(await buttons.count()).toBeGreaterThan(1);
	for (const b of await buttons.all()) {
		const box = await b.boundingBox();
		expect(box!.height).toBeGreaterThanOrEqual(48);
	}
	const allStart = await attr(page, 'data-playlist-start');
	await buttons.nth(2).click();
	await expect.poll(() => attr(page, 'data-playlist-start')).not.toBe(allStart);
	await expect.poll(() => attr(page, 'data-chapter')).toBe(await attr(page, 'data-playlist-start'));
	await buttons.nth(0).click();
	const before = await attr(page, 'data-chapter');
	await page.mouse.move(1500, 500);
	await page.mouse.down();
	await page.mouse.move(1200, 500, { steps: 5 });
	await page.mouse.up();
	await expect.poll(() => attr(page, 'data-chapter')).not.toBe(before);
	expect(w.errors).toEqual([]);
});

test('works offline after the first load (service worker)', async ({ page, context }) => {
	const w = watch(page);
	await page.goto('/kiosk/?idle=2&dwell=1');
	await ready(page);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
	});
	// The kiosk asks for the whole site and marks its root when the worker has stored it.
	await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 60_000 });
	await context.setOffline(true);
	await page.reload();
	await ready(page);
	const t0 = Number(await attr(page, 'data-transitions'));
	await expect.poll(async () => Number(await attr(page, 'data-transitions')), { timeout: 10_000 }).toBeGreaterThan(t0);
	expect((await mapPixelStats(page, '.kiosk canvas')).nonDominant).toBeGreaterThan(0.1);
	await context.setOffline(false);
	expect(w.foreign).toEqual([]);
});

test('recovers from a lost WebGL context, restored or not', async ({ page }) => {
	const w = watch(page);
	await page.goto('/kiosk/?idle=60&dwell=3');
	await ready(page);
	const lose = (restore: boolean) =>
		page.evaluate((restore) => {
			const canvas = document.querySelector<HTMLCanvasElement>('.kiosk canvas')!;
			const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
			const ext = gl.getExtension('WEBGL_lose_context')!;
			ext.loseContext();
			if (restore) setTimeout(() => ext.restoreContext(), 500);
		}, restore);

	await lose(true);
	await expect(stage(page)).toHaveAttribute('data-map-ready', 'true', { timeout: 15_000 });
	expect(await stage(page).getAttribute('data-map-generation')).toBe('0');

	await lose(false);
	await expect(stage(page)).toHaveAttribute('data-map-generation', '1', { timeout: 15_000 });
	await ready(page);
	expect((await mapPixelStats(page, '.kiosk canvas')).nonDominant).toBeGreaterThan(0.1);
	expect(await page.locator('.kiosk canvas').count()).toBe(1);
	expect(w.errors.filter((e) => !/context/i.test(e))).toEqual([]);
});

test.describe('portrait', () => {
	test.use({ viewport: { width: 1080, height: 1920 } });
	test('lays out for a portrait screen', async ({ page }) => {
		await page.goto('/kiosk/?idle=60&dwell=4');
		await ready(page);
		await page.waitForTimeout(1500);
		await page.screenshot({ path: 'shots/kiosk-portrait.png' });
		const card = await page.locator('.card').boundingBox();
		expect(card!.width).toBeGreaterThan(800);
	});
});
