// The story page in real Chromium: the map renders, scrolling scrubs the journey forward and back exactly, offline and error-free.
import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chapterIds, mapPixelStats, readout, scrollToChapter, waitForMap, watch } from './helpers';

mkdirSync('shots', { recursive: true });

test('the map renders and scrolling scrubs the train forward and back', async ({ page }) => {
	const w = watch(page);
	await page.goto('/');
	await waitForMap(page);

	const stats = await mapPixelStats(page);
	expect(stats.distinct, 'the map has more than a handful of colours').toBeGreaterThan(20);
	expect(stats.nonDominant, 'the map is not one flat colour').toBeGreaterThan(0.1);

	const ids = await chapterIds(page);
	expect(ids.length).toBeGreaterThanOrEqual(15);
	// Mao's train: the departure, and Lake Baikal half-way to Moscow.
	const first = 'departure';
	const middle = 'baikal';
	expect(ids).toEqual(expect.arrayContaining([first, middle]));

	await scrollToChapter(page, first, 0.5);
	await expect.poll(async () => (await readout(page)).km).toBeGreaterThan(0);
	const early = await readout(page);
	await page.screenshot({ path: 'shots/story-desktop-early.png' });

	await scrollToChapter(page, middle, 0.6);
	await expect.poll(async () => (await readout(page)).km).toBeGreaterThan(early.km);
	const mid = await readout(page);
	expect(mid.date > early.date, `${mid.date} is after ${early.date}`).toBe(true);
	expect(mid.lng, 'the train has moved west').toBeLessThan(early.lng - 5);
	await page.waitForTimeout(1500);
	await page.screenshot({ path: 'shots/story-desktop-middle.png' });

	await scrollToChapter(page, first, 0.5);
	await expect.poll(async () => (await readout(page)).km).toBe(early.km);
	expect(await readout(page)).toEqual(early);

	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});

test('opening the page half-way down (deep link) lands in that chapter', async ({ page }) => {
	const w = watch(page);
	await page.goto('/');
	const target = 'siberia';
	await page.goto(`/#${target}`);
	await waitForMap(page);
	await expect.poll(async () => (await readout(page)).km).toBeGreaterThan(3000);
	const text = await page.locator(`#${target} h2`).boundingBox();
	expect(text).not.toBeNull();
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});

test('resizing keeps the position in the story', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await scrollToChapter(page, 'manchuria', 0.5);
	const before = await readout(page);
	expect(before.km).toBeGreaterThan(0);
	await page.setViewportSize({ width: 1100, height: 800 });
	await scrollToChapter(page, 'manchuria', 0.5);
	const after = await readout(page);
	expect(Math.abs(after.km - before.km)).toBeLessThan(1);
});

test.describe('phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
	test('renders the map with the cards over it', async ({ page }) => {
		const w = watch(page);
		await page.goto('/');
		await waitForMap(page);
		await scrollToChapter(page, 'baikal', 0.5);
		await page.waitForTimeout(1500);
		await page.screenshot({ path: 'shots/story-phone-middle.png' });
		const stats = await mapPixelStats(page);
		expect(stats.nonDominant).toBeGreaterThan(0.1);
		expect(w.errors).toEqual([]);
		expect(w.foreign).toEqual([]);
	});
});
