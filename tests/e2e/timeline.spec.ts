// The timeline in real Chromium, in each edition and at a phone's, a small laptop's and a wide screen's width: the labels it shows never overlap and never leave its box, a phone still reads the start, the winter of 1949–50 and the end, and the journeys' titles are in the edition's language.
import { expect, test, type Page } from '@playwright/test';

const EDITIONS = [
	{ lang: 'en', path: '/', script: /[A-Za-z]/ },
	{ lang: 'zh', path: '/zh/', script: /\p{Script=Han}/u },
	{ lang: 'ru', path: '/ru/', script: /\p{Script=Cyrillic}/u }
] as const;
const WIDTHS = [360, 900, 1920] as const;

interface Box {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** The timeline's box and the boxes of the tick labels a reader can see. */
async function labelBoxes(page: Page): Promise<{ timeline: Box; labels: Box[] }> {
	return page.locator('.timeline').evaluate((tl) => {
		const box = (el: Element, text: string) => {
			const r = el.getBoundingClientRect();
			return { text, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
		};
		const labels = [...tl.querySelectorAll('.tick span')]
			.filter((el) => {
				const s = getComputedStyle(el);
				const r = el.getBoundingClientRect();
				return s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0 && r.width > 0 && r.height > 0;
			})
			.map((el) => box(el, el.textContent ?? ''));
		return { timeline: box(tl, ''), labels };
	});
}

/** What is wrong with the labels: pairs that overlap, labels that stick out of the timeline. */
function problems({ timeline, labels }: { timeline: Box; labels: Box[] }): string[] {
	const out: string[] = [];
	const sorted = [...labels].sort((a, b) => a.left - b.left);
	for (let i = 1; i < sorted.length; i++) {
		const a = sorted[i - 1]!;
		const b = sorted[i]!;
		if (a.right > b.left && a.bottom > b.top && b.bottom > a.top) out.push(`"${a.text}" overlaps "${b.text}" by ${(a.right - b.left).toFixed(1)} px`);
	}
	for (const l of labels) {
		if (l.left < timeline.left || l.right > timeline.right || l.top < timeline.top || l.bottom > timeline.bottom) out.push(`"${l.text}" leaves the timeline`);
	}
	return out;
}

for (const e of EDITIONS) {
	test(`the ${e.lang} timeline's labels never overlap nor leave it, at ${WIDTHS.join(', ')} px`, async ({ page }) => {
		await page.setViewportSize({ width: WIDTHS[0], height: 800 });
		await page.goto(e.path);
		await expect(page.locator('.timeline')).toBeVisible({ timeout: 60_000 });
		await page.evaluate(() => document.fonts.ready);
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 800 });
			// Placement follows a resize within a frame or two; poll so a late font does not count against it.
			await expect
				.poll(async () => {
					const boxes = await labelBoxes(page);
					return boxes.labels.length >= 3 ? problems(boxes) : [`only ${boxes.labels.length} labels`];
				}, { message: `${e.lang} at ${width} px`, timeout: 5_000 })
				.toEqual([]);
		}
	});

	test(`on a phone the ${e.lang} timeline labels the start, the winter of 1949–50 and the end`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(e.path);
		await expect(page.locator('.timeline')).toBeVisible({ timeout: 60_000 });
		await page.evaluate(() => document.fonts.ready);
		// The winter is the expanded part of the axis, from December 1949 (30 % of its width) to April 1950 (88 %).
		await expect
			.poll(async () => {
				const ticks = await page.locator('.timeline .tick').evaluateAll((els) =>
					els.map((t) => {
						const label = t.querySelector('span')!;
						const s = getComputedStyle(label);
						return { at: parseFloat((t as HTMLElement).style.left), shown: s.display !== 'none' && s.visibility !== 'hidden' && label.getBoundingClientRect().width > 0 };
					})
				);
				return { start: ticks[0]?.shown, winter: ticks.some((t) => t.shown && t.at > 30 && t.at < 88), end: ticks.at(-1)?.shown };
			}, { timeout: 5_000 })
			.toEqual({ start: true, winter: true, end: true });
	});

	test(`the ${e.lang} timeline names the journeys in the edition's language`, async ({ page }) => {
		await page.goto(e.path);
		await expect(page.locator('.timeline')).toBeVisible({ timeout: 60_000 });
		const titles = await page.locator('.timeline .span').evaluateAll((spans) => spans.map((s) => s.getAttribute('title') ?? ''));
		expect(titles.length).toBeGreaterThan(3);
		for (const t of titles) expect(t, t).toMatch(e.script);
		if (e.lang !== 'en') for (const t of titles) expect(t, `${t} is not English`).not.toMatch(/\b(the|to|and|of|mission|journey)\b/i);
	});
}
