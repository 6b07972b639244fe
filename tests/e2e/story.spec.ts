// The story page in real Chromium: the map renders, scrolling scrubs the journey forward and back exactly, offline and error-free.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chapterIds, mapPixelStats, readout, scrollSteadily, scrollToChapter, waitForMap, watch } from './helpers';
import { chapterStartOf } from './story-data';

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
	const target = 'moscow';
	await page.goto(`/#${target}`);
	await waitForMap(page);
	await expect.poll(async () => (await readout(page)).km).toBeGreaterThan(5000);
	const text = await page.locator(`#${target} h2`).boundingBox();
	expect(text).not.toBeNull();
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});

test('a link to a chapter on the open page lands at its start, keeps its address, and a reload returns there', async ({ page }) => {
	const w = watch(page);
	await page.goto('/');
	await waitForMap(page);
	const ids = await chapterIds(page);
	// Read a little first: the history's last entry then holds a position, which a fragment navigation must not fall back to.
	await scrollToChapter(page, ids[2]!, 0.4);
	await expect.poll(() => new URL(page.url()).hash).toBe(`#${ids[2]}`);
	const id = ids[Math.floor(ids.length * 0.7)]!;
	// As a link in the text or an edited address would: a fragment navigation, no state of its own.
	await page.evaluate((id) => (location.hash = id), id);
	await expect.poll(async () => (await place(page)).chapter).toBe(id);
	await expect.poll(async () => (await readout(page)).date).toBe(chapterStartOf(id).date);
	const at = await page.evaluate(() => scrollY);
	await page.reload();
	await waitForMap(page);
	await expect.poll(async () => (await place(page)).chapter).toBe(id);
	await expect.poll(() => page.evaluate(() => scrollY)).toBe(at);
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});

test('a scroll through several chapters writes the address once, where the reader stops', async ({ page }) => {
	const w = watch(page);
	// Each write of the address is a same-document navigation (and Chromium fetches the favicon again after it): count them.
	await page.addInitScript(() => {
		const counted = window as unknown as { __addressWrites: number };
		counted.__addressWrites = 0;
		const replace = History.prototype.replaceState;
		History.prototype.replaceState = function (this: History, ...args: Parameters<History['replaceState']>) {
			counted.__addressWrites++;
			return replace.apply(this, args);
		};
	});
	await page.goto('/');
	await waitForMap(page);
	const ids = await chapterIds(page);
	await scrollToChapter(page, ids[1]!, 0.5);
	await expect.poll(() => new URL(page.url()).hash).toBe(`#${ids[1]}`);
	const passed = ids.slice(2, 8);
	const favicons: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('favicon.svg')) favicons.push(r.url());
	});
	// A reader's steady scroll from the second chapter to the middle of the eighth, frame by frame, in a second and a half.
	await page.evaluate(() => ((window as unknown as { __addressWrites: number }).__addressWrites = 0));
	await scrollSteadily(page, ids[7]!, 0.5, 1500);
	await expect.poll(() => new URL(page.url()).hash).toBe(`#${ids[7]}`);
	expect(await page.evaluate(() => (window as unknown as { __addressWrites: number }).__addressWrites), `one write after passing ${passed.join(', ')}`).toBe(1);
	expect(favicons.length, 'the favicon is not fetched again at each chapter').toBeLessThanOrEqual(1);
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});

/** The reader's place: the chapter in the address (which follows the reading) and the stage's progress through it. */
async function place(page: Page): Promise<{ chapter: string; progress: number }> {
	const stage = page.locator('.map-stage');
	return { chapter: new URL(page.url()).hash.slice(1), progress: Number(await stage.getAttribute('data-progress')) };
}

test('a resize or a rotation keeps the chapter and the progress through it', async ({ page }) => {
	await page.goto('/');
	const ids = await chapterIds(page);
	// A chapter in the second half, scrolled to: everything above it reflows when the width changes.
	const id = ids[Math.floor(ids.length * 0.55)]!;
	await waitForMap(page);
	await scrollToChapter(page, id, 0.5);
	await expect.poll(async () => (await place(page)).chapter).toBe(id);
	const before = await place(page);
	for (const [width, height] of [[1200, 650], [900, 700], [390, 844], [1440, 900]] as const) {
		await page.setViewportSize({ width, height });
		await expect.poll(async () => (await place(page)).chapter, { message: `${width}×${height}` }).toBe(id);
		await expect.poll(async () => Math.abs((await place(page)).progress - before.progress), { message: `${width}×${height}` }).toBeLessThan(0.02);
	}
});

test('a deep link lands at the start of its chapter: its first date and place', async ({ browser }) => {
	for (const id of ['signing', 'mikoyan', 'baikal']) {
		const page = await browser.newPage();
		await page.goto(`/#${id}`);
		await waitForMap(page);
		const expected = chapterStartOf(id);
		await expect.poll(async () => (await readout(page)).date, { message: id }).toBe(expected.date);
		const km = (await readout(page)).km;
		expect(Math.abs(km - expected.km), `${id}: km at the start (${km} against ${expected.km})`).toBeLessThan(1);
		await expect(page.locator(`#${id} h2`)).toBeInViewport();
		await page.close();
	}
});

test('timeline and key jumps go into the history: Back returns to the chapter before each', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await waitForMap(page);
	const ids = await chapterIds(page);
	const start = ids[2]!;
	await scrollToChapter(page, start, 0.5);
	await expect(page).toHaveURL(new RegExp(`#${start}$`));
	const bar = page.getByRole('slider', { name: /Timeline/ });
	const box = (await bar.boundingBox())!;
	// Two jumps: to the Korea coda at the right end of the axis, then a key back to the chapter before it.
	await bar.click({ position: { x: box.width - 2, y: box.height / 2 } });
	await expect(page).toHaveURL(/#korea$/);
	// The jump focused the chapter's heading, so the arrow key is the story's, not the timeline's.
	await page.keyboard.press('ArrowUp');
	const beforeKorea = ids[ids.indexOf('korea') - 1]!;
	await expect(page).toHaveURL(new RegExp(`#${beforeKorea}$`));
	await page.goBack();
	await expect(page).toHaveURL(/#korea$/);
	await expect.poll(async () => (await place(page)).chapter).toBe('korea');
	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`#${start}$`));
	await expect.poll(async () => (await place(page)).chapter).toBe(start);
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
