// The name of the place the vehicle stands at moves clear of it once the vehicle stays there, not at every station a fast scroll passes.
import { expect, test, type Page } from '@playwright/test';
import { chapterIds, scrollSteadily, scrollToChapter, waitForMap, watch } from './helpers';

interface Counted {
	__vehicleLabelLoads: { features: boolean }[];
}

/** Every time the main thread gives the vehicle label's source new data (a message to MapLibre's worker), and whether it holds a name. */
async function countVehicleLabelLoads(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as Counted;
		w.__vehicleLabelLoads = [];
		const post = Worker.prototype.postMessage;
		Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
			const m = message as { type?: string; data?: { source?: string } } | null;
			if (m?.type === 'LD' && m.data?.source === 'vehicle-label') w.__vehicleLabelLoads.push({ features: JSON.stringify(m.data).includes('Point') });
			return (post as (...a: unknown[]) => void).call(this, message, ...rest);
		} as typeof post;
	});
}

const loads = (page: Page) => page.evaluate(() => (window as unknown as Counted).__vehicleLabelLoads);

test('a fast scroll past stations leaves their names alone; where the reader stops, the name moves clear of the vehicle', async ({ page }) => {
	const w = watch(page);
	await countVehicleLabelLoads(page);
	await page.goto('/');
	await waitForMap(page);
	const ids = await chapterIds(page);
	const from = ids.indexOf('departure');
	const to = ids.indexOf('moscow');
	expect(from).toBeGreaterThanOrEqual(0);
	expect(to).toBeGreaterThan(from + 2);
	await scrollToChapter(page, ids[from]!, 0.5);
	await page.waitForTimeout(1000);

	// Mao's train from the middle of the departure to Moscow, past the stations between, in 0.6 s.
	await page.evaluate(() => ((window as unknown as Counted).__vehicleLabelLoads = []));
	const kms = await scrollSteadily(page, ids[to]!, 0.6, 600);
	const passed = (await loads(page)).length;
	expect(kms.length, `the train moved all along the way: ${kms.join(' ')} km`).toBeGreaterThan(2);
	expect(passed, 'no name was moved for a station only passed').toBeLessThanOrEqual(1);

	// Stopped at the start of a chapter, where the train stands at a station: its name moves aside.
	await page.evaluate(() => ((window as unknown as Counted).__vehicleLabelLoads = []));
	await scrollToChapter(page, ids[from + 1]!, 0);
	await expect.poll(async () => (await loads(page)).some((l) => l.features), { timeout: 10_000 }).toBe(true);
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});
