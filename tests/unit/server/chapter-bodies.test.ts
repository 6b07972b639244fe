// Tests for server/chapter-bodies: the build writes each chapter's card into the story page's slot once, notes and static map folded in <noscript>.
import { describe, expect, it } from 'vitest';
import { fillChapterBodies } from '../../../src/lib/server/chapter-bodies';
import { edition } from '../../../src/lib/server/content';
import { deferNotes } from '../../../src/lib/content/citations';

describe('fillChapterBodies', () => {
	const [first, second] = edition('zh').chapters;
	const page = `<main><article data-chapter-body="${first!.id}" class="card x"></article><p>between</p><article data-chapter-body="${second!.id}"></article></main>`;
	it("writes each slot's card in the page's edition: dates, title, text with its notes folded, and the static map for readers without script", () => {
		const out = fillChapterBodies(page, 'zh', '/graphics/treaty-road');
		const card = out.slice(0, out.indexOf('<p>between</p>'));
		expect(card.startsWith(`<main><article data-chapter-body="${first!.id}" class="card x"><p class="dates">${first!.dates}</p><h2 id="${first!.id}-title" tabindex="-1">${first!.title}</h2>${deferNotes(first!.html)}<noscript><figure class="static-map"><img src="/graphics/treaty-road/maps/zh/${first!.id}.svg" alt="`)).toBe(true);
		expect(card).toMatch(/alt="[^"]*1945[^"]*"/);
		expect(card.endsWith('</figcaption></figure></noscript></article>')).toBe(true);
		expect(out).toContain(`<article data-chapter-body="${second!.id}"><p class="dates">${second!.dates}</p>`);
		expect(out).toContain('中苏友好同盟互助条约');
	});
	it('leaves a page without slots as it is', () => {
		expect(fillChapterBodies('<p>kiosk</p>', 'en')).toBe('<p>kiosk</p>');
	});
	it('refuses a slot naming no chapter, naming the edition and the chapter', () => {
		expect(() => fillChapterBodies('<article data-chapter-body="no-such-chapter"></article>', 'ru')).toThrow(/src\/content\/ru\/chapters: chapter "no-such-chapter"/);
	});
});

describe('deferNotes', () => {
	it("folds the notes' list into <noscript> and keeps the text and the summary", () => {
		const html = '<p>x<a class="cite" href="#c-note-1">1</a></p><details class="notes"><summary>Sources (1)</summary><ol><li id="c-note-1">A &lt;b&gt; record</li></ol></details>';
		expect(deferNotes(html)).toBe('<p>x<a class="cite" href="#c-note-1">1</a></p><details class="notes"><summary>Sources (1)</summary><noscript><ol><li id="c-note-1">A &lt;b&gt; record</li></ol></noscript></details>');
	});
	it('folds every chapter of every edition (none is left with its notes in the live document)', () => {
		for (const lang of ['en', 'zh', 'ru'] as const) for (const c of edition(lang).chapters) if (c.html.includes('<details class="notes">')) expect(deferNotes(c.html), `${lang} ${c.id}`).toMatch(/<summary>[^<]*<\/summary><noscript><ol>/);
	});
});
