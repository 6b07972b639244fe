// The story page as a document: each chapter's text is in it once (not again in the hydration data), the notes and the static maps stay folded until needed, a reader without script still gets every chapter, note and map, and links back to the story load it whole.
import { expect, test } from '@playwright/test';
import { chapterIds, scrollToChapter, waitForMap, watch } from './helpers';

test("the page's HTML holds each chapter's text once, and the live document none of its notes until they are opened", async ({ page, request }) => {
	const html = await (await request.get('/')).text();
	// A sentence of the first chapter, as the build writes it: once, in the card (the hydration data leaves the text out).
	const sentence = /<p>([^<]{40,80})/.exec(html.slice(html.indexOf('data-chapter-body=')))?.[1];
	expect(sentence).toBeTruthy();
	expect(html.split(sentence!).length - 1).toBe(1);

	const w = watch(page);
	await page.goto('/');
	await waitForMap(page);
	const ids = await chapterIds(page);
	// Every card has its text after hydration, and no note is an element yet.
	for (const id of ids) await expect(page.locator(`#${id} .card p:not(.dates)`).first()).toHaveText(/\S{3}/);
	expect(await page.locator('.notes li').count()).toBe(0);
	expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThanOrEqual(600);

	// Opening a chapter's sources writes its list.
	const notes = page.locator(`#${ids[2]} details.notes`);
	await scrollToChapter(page, ids[2]!, 0.2);
	await notes.locator('summary').click();
	await expect(notes.locator('li').first()).toBeVisible();
	expect(await notes.locator('li').count()).toBe(Number(/\d+/.exec((await notes.locator('summary').textContent()) ?? '')?.[0]));

	// Following a citation of another chapter opens its notes at that note.
	const cite = page.locator(`#${ids[5]} a.cite`).first();
	await scrollToChapter(page, ids[5]!, 0.2);
	const target = (await cite.getAttribute('href'))!.slice(1);
	await cite.click();
	await expect(page.locator(`[id="${target}"]`)).toBeVisible();
	await expect(page.locator(`#${ids[5]} details.notes`)).toHaveAttribute('open', '');
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});

test('from the people page, a chapter link loads the story with that chapter\'s text', async ({ page }) => {
	const w = watch(page);
	await page.goto('/people/');
	const link = page.locator('dd.chapters a').first();
	const id = (await link.getAttribute('href'))!.split('#')[1]!;
	await link.click();
	await expect(page).toHaveURL(new RegExp(`#${id}$`));
	await expect(page.locator(`#${id} .card p:not(.dates)`).first()).toHaveText(/\S{3}/);
	await expect(page.locator(`#${id} h2`)).toBeInViewport();
	expect(w.errors).toEqual([]);
});

test.describe('without script', () => {
	test.use({ javaScriptEnabled: false });
	test('every chapter shows its text, its sources and its static map', async ({ page }) => {
		await page.goto('/ru/');
		const ids = await page.locator('section.chapter').evaluateAll((s) => s.map((x) => x.id));
		expect(ids.length).toBeGreaterThanOrEqual(20);
		for (const id of ids) {
			const card = page.locator(`#${id} .card`);
			await expect(card.locator('h2')).toHaveText(/\p{Script=Cyrillic}/u);
			const map = card.locator('.static-map img');
			await map.scrollIntoViewIfNeeded();
			await expect(map).toBeVisible();
			await expect.poll(() => map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
			expect(await map.getAttribute('alt')).toMatch(/\p{Script=Cyrillic}/u);
		}
		// The sources open without script, as a plain <details>.
		const notes = page.locator(`#${ids[1]} details.notes`);
		await notes.scrollIntoViewIfNeeded();
		await notes.locator('summary').click();
		await expect(notes.locator('li').first()).toBeVisible();
	});
});

test('the Chinese edition fetches the glyphs of its opening screens first, and the rest only when a later chapter comes near', async ({ page }) => {
	const fonts: string[] = [];
	page.on('request', (r) => r.url().includes('/generated/fonts/') && fonts.push(r.url().split('/').pop()!));
	await page.goto('/zh/');
	await waitForMap(page);
	await expect.poll(() => fonts.some((f) => f.startsWith('body-zh-lead-'))).toBe(true);
	// The map's Chinese labels come from the same file, not from the labels' own.
	await page.waitForTimeout(1500);
	expect(fonts.filter((f) => f.startsWith('body-zh-rest-') || f === 'labels-400-cjk.woff2')).toEqual([]);
	const ids = await chapterIds(page);
	await scrollToChapter(page, ids[12]!, 0.3);
	await expect.poll(() => fonts.some((f) => f.startsWith('body-zh-rest-'))).toBe(true);
});
