// Every chapter is reachable by scroll and by deep link, the date never runs backwards within a journey, keys move between chapters, and axe finds no serious problems.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { chapterIds, readout, scrollToChapter, waitForMap, watch } from './helpers';

test('every chapter is reachable by scroll, and the address follows it', async ({ page }) => {
	const w = watch(page);
	await page.goto('/');
	await waitForMap(page);
	for (const id of await chapterIds(page)) {
		await scrollToChapter(page, id, 0.5);
		await expect(page).toHaveURL(new RegExp(`#${id}$`));
	}
	expect(w.errors).toEqual([]);
});

test('every chapter is reachable by deep link', async ({ page }) => {
	const w = watch(page);
	await page.goto('/');
	const ids = await chapterIds(page);
	for (const id of ids) {
		await page.goto(`/#${id}`);
		await page.reload();
		await expect(page.locator(`#${id} h2`)).toBeInViewport();
		await expect(page).toHaveURL(new RegExp(`#${id}$`));
	}
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});

test('within each journey the date never goes backwards while scrolling down', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const ids = await chapterIds(page);
	const last = new Map<string, string>();
	for (const id of ids) {
		for (const p of [0.05, 0.3, 0.6, 0.95]) {
			await scrollToChapter(page, id, p);
			const r = await readout(page);
			const journey = await page.getByTestId('readout').getAttribute('data-journey');
			if (!r.date || !journey) continue;
			const prev = last.get(journey) ?? '';
			expect(r.date >= prev, `${id}@${p} (${journey}): ${r.date} ≥ ${prev}`).toBe(true);
			last.set(journey, r.date);
		}
	}
	expect(last.size).toBeGreaterThan(0);
});

test('keys move between chapters', async ({ page }) => {
	// Instant jumps (reduced motion) so the address is only ever the target chapter's.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await waitForMap(page);
	const ids = await chapterIds(page);
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(new RegExp(`#${ids[0]}$`));
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(new RegExp(`#${ids[2]}$`));
	await page.keyboard.press('ArrowUp');
	await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
	await page.keyboard.press('End');
	await expect(page).toHaveURL(new RegExp(`#${ids[ids.length - 1]}$`));
	await expect(page.locator(`#${ids[ids.length - 1]} h2`)).toBeFocused();
});

test('axe reports no serious or critical accessibility violations', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const ids = await chapterIds(page);
	await scrollToChapter(page, ids[Math.floor(ids.length / 2)]!, 0.5);
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
	expect(bad).toEqual([]);
});

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('shows each chapter statically: the same state wherever in the chapter the reader is', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		const ids = await chapterIds(page);
		const id = ids[Math.floor(ids.length / 2)]!;
		await scrollToChapter(page, id, 0.2);
		const a = await readout(page);
		await scrollToChapter(page, id, 0.8);
		expect(await readout(page)).toEqual(a);
	});
});

test('clicking the timeline jumps to that point of the story', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await waitForMap(page);
	const bar = page.getByRole('slider', { name: /Timeline/ });
	const box = (await bar.boundingBox())!;
	// Far right of the axis is October 1950: the Korea coda. Far left is 1945: the first chapter.
	await bar.click({ position: { x: box.width - 2, y: box.height / 2 } });
	await expect(page).toHaveURL(/#korea$/);
	await bar.click({ position: { x: 2, y: box.height / 2 } });
	const ids = await chapterIds(page);
	await expect(page).toHaveURL(new RegExp(`#${ids[0]}$`));
});
