// Tests for keeping translations in step: a changed English chapter makes its translations stale, and a translation that lacks a chapter, a citation or the English from/to is caught.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syncProblems } from '../../../scripts/i18n-status';
import { checkChapter, versionOf } from '../../../src/lib/content/sync';

/** A temporary copy of the content whose translations are all in step, to break one way at a time. */
function copy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'content-'));
	cpSync('src/content', dir, { recursive: true });
	// Bring every translation in step with the copy's English first, so each test sees only what it breaks.
	for (const lang of ['zh', 'ru']) {
		for (const f of readdirSync(join(dir, 'en', 'chapters'))) {
			const file = join(dir, lang, 'chapters', f);
			const want = versionOf(readFileSync(join(dir, 'en', 'chapters', f), 'utf8'));
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^translates: .*$/m, `translates: ${want}`));
		}
		for (const [f, re] of [['how-we-know.md', /^translates: .*$/m], ['cast.yaml', /^translates: .*$/m], ['geodata.yaml', /^translates: .*$/m]] as const) {
			const file = join(dir, lang, f);
			writeFileSync(file, readFileSync(file, 'utf8').replace(re, `translates: ${versionOf(readFileSync(join(dir, 'en', f), 'utf8'))}`));
		}
	}
	return dir;
}
const first = readdirSync('src/content/en/chapters').sort()[0]!;

describe('translations in step', () => {
	it('the shipped editions are in step with the English: every chapter, the cast, How we know and the map words', () => {
		expect(syncProblems('src/content').map((p) => `${p.file}: ${p.message}`)).toEqual([]);
	});
	it('a fresh copy with every hash renewed has no problem', () => {
		expect(syncProblems(copy())).toEqual([]);
	});
	it('a changed English chapter makes both translations stale, naming the files', () => {
		const dir = copy();
		const en = join(dir, 'en', 'chapters', first);
		writeFileSync(en, readFileSync(en, 'utf8') + '\nA sentence the translators have not seen.\n');
		const problems = syncProblems(dir).map((p) => `${p.file}: ${p.message}`);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(new RegExp(`zh/chapters/${first}: stale: translates "[0-9a-f]{16}", but .*en/chapters/${first} is now [0-9a-f]{16}`));
		expect(problems[1]).toMatch(new RegExp(`ru/chapters/${first}: stale`));
	});
	it('a missing translation, a lost citation and a changed from are each caught', () => {
		const dir = copy();
		rmSync(join(dir, 'zh', 'chapters', first));
		const ru = join(dir, 'ru', 'chapters', first);
		const text = readFileSync(ru, 'utf8');
		const marker = /\[\^([A-Za-z0-9]+)\]/.exec(text)![0];
		writeFileSync(ru, text.replaceAll(marker, '').replace(/^from: .*$/m, 'from: somewhere-else'));
		const problems = syncProblems(dir).map((p) => p.message);
		expect(problems).toContain(`missing: translate ${join(dir, 'en', 'chapters', first)}`);
		expect(problems.some((m) => m.startsWith(`citations missing: ${marker}`))).toBe(true);
		expect(problems.some((m) => m.startsWith('from: must be as in English'))).toBe(true);
	});
	it('a citation the English does not have is caught too', () => {
		const en = '---\nid: a\ntitle: A\ndates: x\ncamera:\n  mode: fixed\n  center: [0, 0]\n  zoom: 3\n---\nText.[^S1]\n';
		const tr = `---\nid: a\ntitle: Б\ndates: x\ncamera:\n  mode: fixed\n  center: [0, 0]\n  zoom: 3\ntranslates: ${versionOf(en)}\n---\nТекст.[^S1][^S2]\n`;
		expect(checkChapter('ru.md', en, tr, 'en.md').map((p) => p.message)).toEqual(['citations not in the English: [^S2]']);
	});
});
