// The journey being told in real Chromium (map/live-route.ts): its drawn line reaches the vehicle, solid or dashed, and follows it as the reader scrolls.
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { COLORS } from '../../src/lib/ui/theme';
import { scrollToChapter, waitForMap, watch } from './helpers';

const INK = [1, 3, 5].map((i) => parseInt(COLORS.route.slice(i, i + 2), 16));

/** Pixels of the route's full ink in a ring round the vehicle (outside its 34 px disc): the drawn line coming into it. */
async function inkAroundVehicle(page: Page): Promise<number> {
	const box = (await page.locator('.vehicle').boundingBox())!;
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	const r = 40;
	// The vehicle and the panels over the map hide for the shot: only the map's own pixels count.
	const png = PNG.sync.read(await page.screenshot({ clip: { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r }, mask: [page.locator('.vehicle')], maskColor: '#ffffff' }));
	let n = 0;
	for (let y = 0; y < png.height; y++) {
		for (let x = 0; x < png.width; x++) {
			const d = Math.hypot(x - r, y - r);
			if (d < 20 || d > r) continue;
			const i = (y * png.width + x) * 4;
			if (Math.hypot(png.data[i]! - INK[0]!, png.data[i + 1]! - INK[1]!, png.data[i + 2]! - INK[2]!) < 40) n++;
		}
	}
	return n;
}

for (const [chapter, kind] of [
	['baikal', 'a documented leg, solid'],
	['mikoyan', 'an inferred leg, dashed']
] as const) {
	test(`the told journey's line reaches the vehicle on ${kind}, and follows it`, async ({ page }) => {
		const w = watch(page);
		await page.goto('/');
		await waitForMap(page);
		for (const p of [0.35, 0.4, 0.5]) {
			await scrollToChapter(page, chapter, p);
			await expect.poll(() => inkAroundVehicle(page), { message: `ink round the vehicle at ${p} of ${chapter}` }).toBeGreaterThan(20);
		}
		expect(w.errors).toEqual([]);
	});
}
