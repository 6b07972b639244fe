// The embed's credit line at 640×480, in each language: its words are spaced (" · " between the credits) and its text keeps clear of every other text — the header, the readout, the controls — and of the map, whose place names it would otherwise cover.
import { expect, test } from '@playwright/test';
import { waitForMap } from './helpers';

type Rect = { left: number; top: number; right: number; bottom: number };

for (const lang of ['en', 'zh', 'ru'] as const) {
	test(`the ${lang} embed's credit line is spaced and touches no other text`, async ({ page }) => {
		await page.setViewportSize({ width: 640, height: 480 });
		await page.goto(`/embed/mao-outbound?chapter=baikal&lang=${lang}`);
		await waitForMap(page);
		await page.evaluate(() => document.fonts.ready);
		await expect.soft(page.locator('.credit')).toHaveText(/\S · Natural Earth · GSHHG$/, { timeout: 5_000 });
		// The boxes of the credit's text (not of its padding) against the other texts' and the map's, with a 2 px margin.
		const touching = await page.evaluate(() => {
			const textRects = (el: Element): Rect[] => {
				const out: Rect[] = [];
				const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
				for (let n = walk.nextNode(); n; n = walk.nextNode()) {
					if (!n.textContent?.trim()) continue;
					const range = document.createRange();
					range.selectNodeContents(n);
					for (const r of range.getClientRects()) if (r.width > 0) out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
				}
				return out;
			};
			const credit = textRects(document.querySelector('.credit')!);
			const others: [string, Rect[]][] = [
				['header', textRects(document.querySelector('.head')!)],
				['readout', textRects(document.querySelector('[data-testid=readout]')!)],
				['controls', [...document.querySelectorAll('.controls button, .controls input')].map((el) => el.getBoundingClientRect())],
				['map', [document.querySelector('.map-stage canvas')!.getBoundingClientRect()]]
			];
			const near = (a: Rect, b: Rect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > -2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > -2;
			return others.flatMap(([name, rects]) => (credit.some((c) => rects.some((r) => near(c, r))) ? [name] : []));
		});
		expect(touching).toEqual([]);
	});
}
