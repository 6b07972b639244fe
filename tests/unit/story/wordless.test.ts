// The engine speaks no language: no string in src/lib/story or src/lib/geo is prose (words are i18n/format's job); single identifiers such as 'follow' or 'rail' are data, not words.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Every string literal and template text of a TypeScript file, with its line. */
export function stringsOf(file: string): { text: string; line: number }[] {
	const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
	const out: { text: string; line: number }[] = [];
	const at = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
	const visit = (n: ts.Node) => {
		// Module specifiers are paths, not text.
		if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isImportTypeNode(n)) return;
		if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push({ text: n.text, line: at(n) });
		else if (ts.isTemplateExpression(n)) out.push({ text: [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' '), line: at(n) });
		ts.forEachChild(n, visit);
	};
	visit(sf);
	return out;
}

/** Prose: two words of letters with a space between ("about ", "between … and" included), or a capitalised word. */
export const isProse = (s: string) => /\p{L}{2,}\s+\p{L}{2,}/u.test(s) || /\b\p{Lu}\p{Ll}{2,}/u.test(s) || /^\s*\p{L}+\s+$|^\s+\p{L}+\s*$/u.test(s);

describe('isProse', () => {
	it.each([
		['about ', true],
		[' and ', true],
		['between Chita and Ulan-Ude', true],
		['Moscow', true],
		['follow', false],
		['month-year', false],
		['+00:00', false],
		['time', false]
	])('%j → %s', (s, prose) => expect(isProse(s)).toBe(prose));
});

describe('the engine', () => {
	const files = ['src/lib/story', 'src/lib/geo'].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.ts')).map((f) => join(d, f)));
	it.each(files)('%s has no words in its strings', (file) => {
		expect(stringsOf(file).filter((s) => isProse(s.text)).map((s) => `${file}:${s.line} ${JSON.stringify(s.text)}`)).toEqual([]);
	});
});
