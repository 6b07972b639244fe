// A page of prose as content (src/content/<lang>/how-we-know.md): a title, Markdown with citations, validated like a chapter.
import { z } from 'zod';
import { splitFrontmatter } from './sync';
import { renderMarkdown } from './markdown';
import { cite, notesHtml } from './citations';
import type { Source } from '../data/schema';
import type { Lang } from '../i18n/lang';

const header = z
	.object({
		title: z.string().regex(/\S/, 'must not be empty or only spaces'),
		translates: z.string().regex(/^[0-9a-f]{16}$/).optional()
	})
	.strict();

export interface ProsePage {
	title: string;
	html: string;
}

export function parsePage(file: string, id: string, text: string, sources: ReadonlyMap<string, Source>, lang: Lang): ProsePage {
	let split;
	try {
		split = splitFrontmatter(text);
	} catch (err) {
		throw new Error(`${file}: (frontmatter): not valid YAML: ${(err as Error).message}`);
	}
	if (!split) throw new Error(`${file}: (file): a page starts with a frontmatter block between two "---" lines`);
	const r = header.safeParse(split.meta);
	if (!r.success) throw new Error(r.error.issues.map((i) => `${file}: ${i.path.join('.') || '(frontmatter)'}: ${i.message}`).join('\n'));
	const { html, citations } = cite(file, id, renderMarkdown(file, split.body.trim()), sources, lang);
	return { title: r.data.title, html: html + notesHtml(id, citations, lang) };
}
