// The kiosk's layout at 1920×1080 in every edition: every chapter's text can be read in its card, no button text is cut, the journey row shows there is more and keeps the chosen one in view, the credit clears the controls.
import { expect, test, type Page } from '@playwright/test';
import { watch } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });
test.describe.configure({ timeout: 300_000 });

const LANGS = ['en', 'zh', 'ru'] as const;
const attr = async (page: Page, name: string) => (await page.locator('.kiosk').getAttribute(name)) ?? '';

/** Problems with the card of the chapter on screen: out of the screen, over the controls, a line that cannot be brought into view, or more text with no sign of it. */
function cardProblems(): string[] {
	const problems: string[] = [];
	const card = document.querySelector<HTMLElement>('.card');
	if (!card) return ['no card'];
	const r = (e: Element) => e.getBoundingClientRect();
	const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
	const c = r(card);
	if (c.top < -1 || c.left < -1 || c.bottom > innerHeight + 1 || c.right > innerWidth + 1) problems.push(`card off the screen: ${JSON.stringify(c)}`);
	for (const sel of ['nav.controls', '.credit', 'nav.corner'])
		for (const o of document.querySelectorAll(sel)) if (overlap(c, r(o))) problems.push(`card over ${sel}`);
	const h1 = card.querySelector('h1')!;
	if (r(h1).bottom > c.bottom + 1 || h1.scrollWidth > h1.clientWidth + 1) problems.push('title cut off');
	// Every scroll box between the text and the card, scrolled to its end, must bring the last line into the card's view.
	const shown = [...card.querySelectorAll('.text > *')].filter((e) => (e as HTMLElement).offsetParent !== null && getComputedStyle(e).display !== 'none');
	const last = shown.at(-1);
	if (!last) return problems;
	const scrollers: HTMLElement[] = [];
	for (let e = last.parentElement; e && e !== card.parentElement; e = e.parentElement) if (e.scrollHeight > e.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(e).overflowY)) scrollers.push(e);
	const overflowing = scrollers.length > 0;
	const signed = card.getAttribute('data-more-below') === 'true' && [...card.querySelectorAll('.more')].some((m) => r(m).height > 0);
	if (overflowing && !signed) problems.push('more text below, and no sign of it');
	for (const s of scrollers) s.scrollTop = s.scrollHeight;
	const l = r(last);
	const view = scrollers.reduce((v, s) => Math.min(v, r(s).bottom), Math.min(c.bottom, innerHeight));
	if (l.bottom > view + 1 || l.top < c.top - 1) problems.push(`last line out of view: ${Math.round(l.bottom)} > ${Math.round(view)}`);
	for (const s of scrollers) s.scrollTop = 0;
	return problems;
}

/** Buttons whose words do not fit them: cut with an ellipsis, or running out of the button. */
function cutButtons(): string[] {
	const cut: string[] = [];
	for (const b of document.querySelectorAll<HTMLButtonElement>('.kiosk button')) {
		const text = b.textContent?.trim() ?? '';
		if (!text || b.getBoundingClientRect().width === 0) continue;
		const box = b.getBoundingClientRect();
		const range = document.createRange();
		range.selectNodeContents(b);
		const outside = [...range.getClientRects()].some((t) => t.width > 0 && (t.left < box.left - 1 || t.right > box.right + 1 || t.top < box.top - 1 || t.bottom > box.bottom + 1));
		const ellipsis = [b, ...b.querySelectorAll('*')].some((e) => getComputedStyle(e).textOverflow === 'ellipsis') || text.endsWith('…');
		if (outside || ellipsis || b.scrollWidth > b.clientWidth + 1) cut.push(text);
	}
	return cut;
}

/** The journey row: whether it scrolls, whether each hidden side shows a sign, and whether the chosen journey is in view. */
function pickerState() {
	const row = document.querySelector<HTMLElement>('.journeys')!;
	const shows = (sel: string) => [...document.querySelectorAll(sel)].some((m) => m.getBoundingClientRect().width > 0);
	const on = row.querySelector('button.on')!.getBoundingClientRect();
	const box = row.getBoundingClientRect();
	const hiddenLeft = row.scrollLeft > 2;
	const hiddenRight = row.scrollLeft + row.clientWidth < row.scrollWidth - 2;
	return {
		scrolls: row.scrollWidth > row.clientWidth + 2,
		unsigned: (hiddenLeft && !shows('.row .more.left')) || (hiddenRight && !shows('.row .more.right')),
		activeInView: on.left >= box.left - 1 && on.right <= box.right + 1,
		// scrollIntoView would also scroll the boxes around the row, moving the whole bar off its place.
		pageMoved: scrollX !== 0 || scrollY !== 0 || [...document.querySelectorAll('.kiosk, .kiosk *')].some((e) => e !== row && (e.scrollLeft !== 0 || (e.scrollTop !== 0 && !e.matches('.scroll'))))
	};
}

/** The credit line: on the screen, clear of the controls, the card and the page buttons, in at most two lines. */
function creditProblems(): string[] {
	const credit = document.querySelector<HTMLElement>('.credit');
	if (!credit) return ['no credit'];
	const c = credit.getBoundingClientRect();
	const problems: string[] = [];
	if (c.top < 0 || c.bottom > innerHeight + 1 || c.left < 0 || c.right > innerWidth + 1) problems.push('off the screen');
	for (const sel of ['nav.controls', '.card', 'nav.corner']) {
		const o = document.querySelector(sel)?.getBoundingClientRect();
		if (o && c.left < o.right - 1 && o.left < c.right - 1 && c.top < o.bottom - 1 && o.top < c.bottom - 1) problems.push(`over ${sel}`);
	}
	const range = document.createRange();
	range.selectNodeContents(credit);
	const lines = new Set([...range.getClientRects()].filter((t) => t.width > 0).map((t) => Math.round(t.top / 4))).size;
	if (lines > 2) problems.push(`${lines} lines`);
	if (credit.scrollWidth > credit.clientWidth + 1) problems.push('runs out of its box');
	return problems;
}

for (const lang of LANGS) {
	test(`${lang}: every chapter's card, the buttons and the credit fit at 1920×1080`, async ({ page }) => {
		const w = watch(page);
		await page.goto(`/kiosk/?lang=${lang}&idle=600&dwell=600`);
		await expect(page.locator('.kiosk')).toHaveAttribute('data-lang', lang);
		await expect(page.locator('.card')).toBeVisible({ timeout: 90_000 });
		expect(await page.evaluate(creditProblems), 'credit').toEqual([]);
		expect(await page.evaluate(cutButtons), 'buttons').toEqual([]);
		const count = Number((await page.locator('.where').textContent())!.split('/')[1]);
		expect(count).toBeGreaterThan(10);
		const problems: string[] = [];
		for (let k = 0; k < count; k++) {
			const id = await attr(page, 'data-chapter');
			// The card's fade and sign follow a ResizeObserver: poll until they settle, and report what is left.
			await expect.poll(async () => (await page.evaluate(cardProblems)).length, { timeout: 5_000 }).toBe(0).catch(() => {});
			problems.push(...(await page.evaluate(cardProblems)).map((p) => `${id}: ${p}`));
			await page.locator('button.step').nth(1).click();
			await expect.poll(() => attr(page, 'data-chapter')).not.toBe(id);
		}
		expect(problems).toEqual([]);
		expect(await page.evaluate(cutButtons), 'buttons in visitor mode').toEqual([]);
		expect(w.errors).toEqual([]);
		expect(w.foreign).toEqual([]);
	});

	test(`${lang}: the journey row shows there is more and keeps the chosen journey in view`, async ({ page }) => {
		await page.goto(`/kiosk/?lang=${lang}&idle=600&dwell=600`);
		const buttons = page.locator('.journeys button');
		await expect(buttons.nth(2)).toBeVisible({ timeout: 90_000 });
		const state = () => page.evaluate(pickerState);
		// The signs follow a ResizeObserver, and the row's width the editions' fonts as they arrive: poll until they settle.
		await expect.poll(state).toMatchObject({ unsigned: false, activeInView: true, pageMoved: false });
		// A visitor taps the last journey, then the first: each comes into view, with a sign for the part of the row it hides,
		// and nothing else on the screen moves. (dispatchEvent: Playwright's click would scroll the button into view itself.)
		for (const which of [buttons.last(), buttons.first()]) {
			await which.dispatchEvent('click');
			await expect(which).toHaveClass(/\bon\b/);
			await expect.poll(state).toMatchObject({ unsigned: false, activeInView: true, pageMoved: false });
		}
	});
}

test('the attract loop turns a long chapter\'s card to its last line before it moves on', async ({ page }) => {
	// Signing is the longest chapter: in Russian it takes more than two cards.
	await page.goto('/kiosk/?lang=ru&idle=600&dwell=3&chapter=signing');
	await expect(page.locator('.kiosk')).toHaveAttribute('data-chapter', 'signing', { timeout: 90_000 });
	const reading = () =>
		page.evaluate(() => {
			const s = document.querySelector<HTMLElement>('.card .scroll');
			return { chapter: document.querySelector('.kiosk')!.getAttribute('data-chapter'), left: s ? s.scrollHeight - s.clientHeight - s.scrollTop : Infinity };
		});
	const first = await reading();
	expect(first.left, 'the text is longer than the card').toBeGreaterThan(100);
	await expect.poll(async () => (await reading()).left, { timeout: 60_000, intervals: [200] }).toBeLessThanOrEqual(2);
	expect((await reading()).chapter, 'still on the chapter when its last line shows').toBe('signing');
});

test.describe('portrait', () => {
	test.use({ viewport: { width: 1080, height: 1920 } });
	for (const lang of LANGS)
		test(`${lang}: the credit and the buttons fit at 1080×1920`, async ({ page }) => {
			await page.goto(`/kiosk/?lang=${lang}&idle=600&dwell=600`);
			await expect(page.locator('.card')).toBeVisible({ timeout: 90_000 });
			await expect.poll(() => page.evaluate(creditProblems)).toEqual([]);
			expect(await page.evaluate(cutButtons)).toEqual([]);
			expect(await page.evaluate(cardProblems)).toEqual([]);
		});
});
