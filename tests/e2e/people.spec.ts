// The people page in each edition: the label before a list and the separators between its entries are the language's own ("出场章节：甲、乙和丙", not "出场章节: 甲,乙,丙").
import { expect, test } from '@playwright/test';

const EDITIONS = [
	{ lang: 'en', path: '/people/', label: /^In the chapters: \S/, sources: /^Sources:\s*\S/, and: ' and ' },
	{ lang: 'zh', path: '/zh/people/', label: /^出场章节：\S/, sources: /^出处：\s*\S/, and: '和' },
	{ lang: 'ru', path: '/ru/people/', label: /^В главах: \S/, sources: /^Источники:\s*\S/, and: ' и ' }
] as const;

for (const e of EDITIONS) {
	test(`the ${e.lang} people page punctuates its lists as the language does`, async ({ page }) => {
		await page.goto(e.path);
		const chapters = await page.locator('.person .chapters').evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', links: [...el.querySelectorAll('a')].map((a) => a.textContent ?? '') })));
		expect(chapters.length).toBeGreaterThan(3);
		for (const { text, links } of chapters) {
			expect(text, text).toMatch(e.label);
			// What stands between the links is only the language's separators.
			let rest = text.slice(text.indexOf(links[0]!));
			const between: string[] = [];
			for (const l of links) {
				const at = rest.indexOf(l);
				if (at > 0) between.push(rest.slice(0, at));
				rest = rest.slice(at + l.length);
			}
			expect(rest, text).toBe('');
			if (links.length > 1) expect(between.at(-1), text).toBe(e.and);
			for (const b of between.slice(0, -1)) expect(b, text).toBe(e.lang === 'zh' ? '、' : ', ');
		}
		const sources = await page.locator('.person .sources').allTextContents();
		expect(sources.length).toBeGreaterThan(3);
		// The label in the language's form, then the citations as a numbered list (editions.spec.ts checks they are written out).
		for (const s of sources) expect(s.trim(), s).toMatch(e.sources);
		expect(await page.locator('.person .sources ol li').count()).toBeGreaterThanOrEqual(sources.length);
	});
}
