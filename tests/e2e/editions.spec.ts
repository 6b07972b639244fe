// The Chinese and Russian editions in real Chromium: every chapter by scroll and by deep link, no English in the interface, dates in the edition's form, no serious accessibility problem, a language switch that keeps the reader's place; the kiosk and an embed in Chinese.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { chapterIds, readout, scrollToChapter, waitForMap, watch } from './helpers';

const EDITIONS = [
	{ lang: 'zh', html: 'zh-Hans', date: /^(约)?\d{4}年\d{1,2}月\d{1,2}日$/, script: /\p{Script=Han}/u },
	{ lang: 'ru', html: 'ru', date: /^(около )?\d{1,2} [а-яё]+ \d{4} г\.$/, script: /\p{Script=Cyrillic}/u }
] as const;

/** Words the interface may keep in Latin letters in any edition: names of data, licences and keys, the language switch's own names, and the period names the text discusses as names. */
const LATIN_ALLOWED = /^(Mukden|Port|Arthur|Dalny|Dairen|Natural|Earth|OpenStreetMap|GeoNames|GSHHG|WDBII|Noto|Sans|SC|SIL|OFL|ODbL|LGPL|HTML|Ctrl|Mac|English|geodata|Open|Font|License)$/;

/** Latin words in what a reader sees of the interface and the chapters (their source lists and the people's, which keep each source's own title, aside). */
async function latinWords(page: Page): Promise<string[]> {
	const text = await page.evaluate(() => {
		const skip = (el: Element) => !!el.closest('.notes, .sources li, .cite, code, [lang="en"], .credit, .end');
		const out: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement;
			if (!el || skip(el) || el.closest('script, style, noscript')) continue;
			const style = getComputedStyle(el);
			if (style.display === 'none' || style.visibility === 'hidden') continue;
			out.push(n.textContent ?? '');
		}
		// Accessible names count too: a screen reader speaks them.
		for (const el of document.querySelectorAll('[aria-label]')) if (!skip(el)) out.push(el.getAttribute('aria-label') ?? '');
		return out.join(' ');
	});
	return [...new Set(text.match(/[A-Za-z]{3,}/g) ?? [])].filter((w) => !LATIN_ALLOWED.test(w));
}

for (const e of EDITIONS) {
	test.describe(`the ${e.lang} edition`, () => {
		test('every chapter is reachable by scroll, and the interface speaks the edition\'s language', async ({ page }) => {
			const w = watch(page);
			await page.goto(`/${e.lang}/`);
			await waitForMap(page);
			await expect(page.locator('html')).toHaveAttribute('lang', e.html);
			const ids = await chapterIds(page);
			expect(ids.length).toBeGreaterThanOrEqual(20);
			for (const id of ids) {
				await scrollToChapter(page, id, 0.5);
				await expect(page).toHaveURL(new RegExp(`/${e.lang}/#${id}$`));
			}
			// Open the key too: every word of it counts.
			await page.locator('.legend summary').click();
			await scrollToChapter(page, 'baikal', 0.6);
			await expect.poll(async () => (await page.getByTestId('readout').locator('.date').textContent())?.trim() ?? '').toMatch(e.date);
			expect(await page.getByTestId('readout').locator('.place').textContent()).toMatch(e.script);
			expect(await latinWords(page)).toEqual([]);
			const bad = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
			expect(bad).toEqual([]);
			expect(w.errors).toEqual([]);
			expect(w.foreign).toEqual([]);
		});

		test('every chapter is reachable by deep link', async ({ page }) => {
			await page.goto(`/${e.lang}/`);
			const ids = await chapterIds(page);
			for (const id of ids) {
				await page.goto(`/${e.lang}/#${id}`);
				await page.reload();
				await expect(page.locator(`#${id} h2`)).toBeInViewport();
				await expect(page).toHaveURL(new RegExp(`#${id}$`));
			}
		});

		test('the people and How we know are there, in the edition\'s language', async ({ page }) => {
			for (const path of ['people/', 'how-we-know/']) {
				await page.goto(`/${e.lang}/${path}`);
				await expect(page.locator('h1')).toHaveText(e.script);
				expect(await latinWords(page)).toEqual([]);
			}
		});
	});
}

test('switching language mid-story keeps the chapter and the progress', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await scrollToChapter(page, 'first-meeting', 0.6);
	await expect(page).toHaveURL(/#first-meeting$/);
	const before = Number(await page.locator('.map-stage').getAttribute('data-progress'));
	await page.locator('.masthead .languages').getByRole('link', { name: '中文' }).evaluate((a: HTMLAnchorElement) => a.click());
	await expect(page).toHaveURL(/\/zh\/#first-meeting$/);
	await waitForMap(page);
	await expect(page.locator('.map-stage')).toHaveAttribute('data-chapter', 'first-meeting');
	await expect.poll(async () => Math.abs(Number(await page.locator('.map-stage').getAttribute('data-progress')) - before)).toBeLessThan(0.02);
	expect((await readout(page)).date).toBeTruthy();
});

test('the kiosk and an embed speak Chinese when asked', async ({ page }) => {
	await page.goto('/kiosk/?lang=zh&idle=60&dwell=3');
	await expect(page.locator('.kiosk .map-stage')).toHaveAttribute('data-map-ready', 'true', { timeout: 90_000 });
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await expect(page.getByRole('button', { name: '下一章' })).toBeVisible();
	await expect(page.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
	expect(await latinWords(page)).toEqual([]);
	// A visitor can switch to Russian on the screen.
	await page.getByRole('button', { name: 'Русский' }).click();
	await expect(page.getByRole('button', { name: 'Следующая глава' })).toBeVisible();

	await page.setViewportSize({ width: 640, height: 480 });
	await page.goto('/embed/mao-outbound/?lang=zh&chapter=baikal');
	await waitForMap(page);
	await expect(page.locator('main.embed')).toHaveAttribute('lang', 'zh-Hans');
	await expect(page.getByRole('button', { name: '下一步' })).toBeVisible();
	await expect(page.locator('.head h1')).toHaveText(/\p{Script=Han}/u);
	await expect.poll(async () => (await page.getByTestId('readout').locator('.date').textContent())?.trim() ?? '').toMatch(EDITIONS[0].date);
	expect(await latinWords(page)).toEqual([]);
});

test('an English reader fetches only the Chinese glyphs the English edition quotes, not the Chinese edition\'s font', async ({ page }) => {
	const fonts: string[] = [];
	page.on('request', (r) => r.url().includes('/generated/fonts/body-') && fonts.push(r.url().split('/').pop()!));
	await page.goto('/');
	await waitForMap(page);
	// The switch's 中文 is drawn, in the small face cut for the other editions.
	expect(await page.locator('a[hreflang="zh-Hans"]').first().evaluate((a) => getComputedStyle(a).fontFamily)).toContain('Treaty Body ZH Quoted');
	await expect.poll(() => fonts.some((f) => f.startsWith('body-zh-quoted-'))).toBe(true);
	expect(fonts.filter((f) => /^body-zh-(lead|rest)-/.test(f))).toEqual([]);
});

test('the people page gives each person\'s sources as citations, with their links, not bare ids', async ({ page }) => {
	await page.goto('/people/');
	const first = page.locator('.person').first().locator('.sources li');
	await expect(first.first()).toBeVisible();
	// Written out, not bare bibliography ids ("S70, S110").
	expect((await page.locator('.sources li').allInnerTexts()).filter((t) => /^\s*S\d+\s*$/.test(t) || t.length < 20)).toEqual([]);
	// The link's host stands apart from the citation's last word.
	const item = page.locator('.sources li:has(a)').first();
	const host = await item.locator('a').innerText();
	expect(await item.innerText()).toMatch(new RegExp(`\\s${host.replace(/\./g, '\\.')}$`));
	expect(await page.locator('.sources li').count()).toBeGreaterThanOrEqual(await page.locator('.person').count());
	await expect(page.locator('.sources a[href^="http"]').first()).toBeVisible();
});
