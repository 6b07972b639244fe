// The story's furniture in real Chromium, in each edition: on a phone held upright the header, the first chapter, the readout, the timeline and the map's controls never overlap (the text scrolls under the readout, the timeline and the controls, never over them) and the readout keeps its place name and distance whole; on a desktop the readout and the timeline stay clear of the chapter cards and long names do not stretch the readout.
import { expect, test, type Page } from '@playwright/test';
import { scrollToChapter, waitForMap } from './helpers';

const EDITIONS = [
	{ lang: 'en', path: '/' },
	{ lang: 'zh', path: '/zh/' },
	{ lang: 'ru', path: '/ru/' }
] as const;

type Rect = { left: number; top: number; right: number; bottom: number };

async function rects(page: Page, selectors: Record<string, string>): Promise<Record<string, Rect[]>> {
	return page.evaluate((selectors) => {
		const out: Record<string, Rect[]> = {};
		for (const [name, sel] of Object.entries(selectors)) {
			out[name] = [...document.querySelectorAll(sel)]
				.filter((el) => getComputedStyle(el).visibility !== 'hidden')
				.map((el) => el.getBoundingClientRect())
				.filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight)
				.map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
		}
		return out;
	}, selectors);
}

/** More than half a pixel of overlap (boxes that merely touch, as a readout and a timeline stacked in one bar, do not count). */
const intersects = (a: Rect, b: Rect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

function overlaps(found: Record<string, Rect[]>, pairs: [string, string][]): string[] {
	const out: string[] = [];
	for (const [a, b] of pairs) for (const ra of found[a] ?? []) for (const rb of found[b] ?? []) if (intersects(ra, rb)) out.push(`${a} [${ra.top.toFixed(0)}–${ra.bottom.toFixed(0)}] overlaps ${b} [${rb.top.toFixed(0)}–${rb.bottom.toFixed(0)}]`);
	return out;
}

/** The header's own content, not the padding that places it half-way down the screen. */
const HEADER = '.masthead > *';
/** The map's controls: the embed button and the key. */
const TOOLS = '.tools > *';

/** Whatever lies on top at points inside the readout, the timeline and the controls is part of them: nothing that scrolls covers them. */
async function coveredPoints(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		for (const sel of ['[data-testid=readout]', '.timeline', '.tools > :first-child', '.tools > :last-child']) {
			const el = document.querySelector(sel)!;
			const r = el.getBoundingClientRect();
			for (const fx of [0.1, 0.5, 0.9])
				for (const fy of [0.2, 0.5, 0.8]) {
					const top = document.elementFromPoint(r.left + fx * r.width, r.top + fy * r.height);
					if (top && !el.contains(top)) out.push(`${sel} at (${fx}, ${fy}) is under ${top.tagName.toLowerCase()}.${[...top.classList].join('.')}`);
				}
		}
		return out;
	});
}

for (const e of EDITIONS) {
	test(`on a phone (390×844) the ${e.lang} header, first chapter, readout, timeline and controls never overlap`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(e.path);
		await waitForMap(page);
		await page.evaluate(() => document.fonts.ready);
		const pairs: [string, string][] = [
			['header', 'readout'],
			['header', 'timeline'],
			['header', 'tools'],
			['header', 'first chapter'],
			['readout', 'timeline'],
			['tools', 'readout'],
			['tools', 'timeline']
		];
		const selectors = { header: HEADER, readout: '[data-testid=readout]', timeline: '.timeline', tools: TOOLS, 'first chapter': 'section.chapter:first-of-type .card' };
		// As the page opens: nothing overlaps at all.
		await expect.poll(async () => overlaps(await rects(page, selectors), pairs), { timeout: 5_000 }).toEqual([]);
		// Scrolling the header away: it passes under the readout and the timeline, never over them.
		for (const y of [150, 300, 450, 600]) {
			await page.evaluate((y) => scrollTo(0, y), y);
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
			expect(await coveredPoints(page), `scrolled ${y} px`).toEqual([]);
			expect(overlaps(await rects(page, selectors), [['readout', 'timeline'], ['header', 'first chapter'], ['tools', 'timeline']]), `scrolled ${y} px`).toEqual([]);
		}
		// Chapters with long readouts (two named stations; a dacha and the Kremlin) and one between chapters, where a card scrolls away.
		for (const [id, p] of [['departure', 0.6], ['first-meeting', 0.3], ['first-meeting', 0.97], ['leningrad', 0.5]] as const) {
			await scrollToChapter(page, id, p);
			await page.waitForTimeout(300);
			expect(overlaps(await rects(page, selectors), [['readout', 'timeline']]), `${id} at ${p}`).toEqual([]);
			expect(await coveredPoints(page), `${id} at ${p}`).toEqual([]);
			// The place and the distance are whole: every line of the readout is inside its box.
			const cut = await page.getByTestId('readout').evaluate((el) => {
				const box = el.getBoundingClientRect();
				return [...el.querySelectorAll('span')].filter((s) => {
					const r = s.getBoundingClientRect();
					return r.height === 0 || r.bottom > box.bottom + 0.5 || r.right > box.right + 0.5 || s.scrollWidth > s.clientWidth + 1;
				}).map((s) => s.className);
			});
			expect(cut, `${id} at ${p}: readout lines cut`).toEqual([]);
		}
	});

	test(`on a phone (390×844) the ${e.lang} map frames the first chapter's vehicle below the readout band, not under it`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(e.path);
		await waitForMap(page);
		await page.evaluate(() => document.fonts.ready);
		const found = await rects(page, { band: '.story-band .top', vehicle: '.vehicle' });
		expect(found.vehicle!.length, 'the vehicle is on screen').toBe(1);
		expect(found.vehicle![0]!.top, 'the vehicle is below the band').toBeGreaterThanOrEqual(found.band![0]!.bottom);
	});

	test(`on a phone turned sideways (667×375) the ${e.lang} card stands beside the map, clear of the readout, the timeline and the controls`, async ({ page }) => {
		await page.setViewportSize({ width: 667, height: 375 });
		await page.goto(e.path);
		await waitForMap(page);
		for (const [id, p] of [['departure', 0.6], ['first-meeting', 0.3]] as const) {
			await scrollToChapter(page, id, p);
			await page.waitForTimeout(300);
			const found = await rects(page, { card: '.card', readout: '[data-testid=readout]', timeline: '.timeline', tools: '.legend, .embed-button' });
			expect(found.card!.length, `${id}: a card is on screen`).toBeGreaterThan(0);
			// Stacked over the map (the upright phone's layout) the card spanned the width and left the map a strip of 15 px.
			for (const c of found.card!) expect(c.right, `${id}: the card keeps to the left half`).toBeLessThanOrEqual(667 / 2);
			expect(overlaps(found, [['card', 'readout'], ['card', 'timeline'], ['card', 'tools'], ['readout', 'timeline']]), id).toEqual([]);
		}
	});

	test(`on a desktop the ${e.lang} readout and timeline stay clear of the cards, and long names wrap`, async ({ page }) => {
		await page.goto(e.path);
		await waitForMap(page);
		for (const [width, height] of [[1440, 900], [900, 800], [760, 700]] as const) {
			await page.setViewportSize({ width, height });
			await scrollToChapter(page, 'first-meeting', 0.3);
			await page.waitForTimeout(300);
			const found = await rects(page, { card: '.card', readout: '[data-testid=readout]', timeline: '.timeline', tools: '.legend, .embed-button' });
			expect(overlaps(found, [['card', 'readout'], ['card', 'timeline'], ['card', 'tools'], ['readout', 'timeline']]), `${width}×${height}`).toEqual([]);
			const r = found.readout![0]!;
			expect(r.right - r.left, `${width}×${height}: the readout is at most 24rem wide`).toBeLessThanOrEqual(24 * 16 + 0.5);
			expect(r.right, `${width}×${height}: the readout is inside the window`).toBeLessThanOrEqual(width);
		}
	});
}
