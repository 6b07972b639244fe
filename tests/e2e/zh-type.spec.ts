// Chinese is never set in italics, on the pages where the other editions use them (the people's offices, the key's "about"): emphasis takes dots under the characters instead.
import { expect, test } from '@playwright/test';

for (const path of ['/zh/people/', '/zh/']) {
	test(`no Chinese text on ${path} is in italics`, async ({ page }) => {
		await page.goto(path);
		await page.evaluate(() => document.fonts.ready);
		// An <em>, <i> and <cite> added to the page are upright too; the <em> is marked with dots instead.
		const slanted = await page.evaluate(() => {
			const main = document.querySelector('main')!;
			main.insertAdjacentHTML('beforeend', '<p class="probe"><em>强调</em><i>外来语</i><cite>人民日报</cite></p>');
			const out: string[] = [];
			for (const el of document.body.querySelectorAll('*')) {
				const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
				if (/\p{Script=Han}/u.test(own) && getComputedStyle(el).fontStyle !== 'normal') out.push(`${el.tagName.toLowerCase()}.${el.className}: ${own.slice(0, 20)}`);
			}
			const em = getComputedStyle(main.querySelector('.probe em')!);
			if (!em.textEmphasisStyle.includes('dot')) out.push(`em has no emphasis dots (${em.textEmphasisStyle})`);
			return out;
		});
		expect(slanted).toEqual([]);
	});
}
