// Parses chapter content files (Markdown with a YAML frontmatter block) into validated chapters, in file-name order.
import { parse as parseYaml } from 'yaml';
import { chapterFrontmatter, type ChapterContent } from './format';
import { cite, notesHtml } from './citations';
import { renderMarkdown } from './markdown';
import type { Source } from '../data/schema';
import type { Lang } from '../i18n/lang';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** With `sources`, [^S13] markers become numbered citations; without, markers are an error. */
export function parseChapter(file: string, text: string, sources: ReadonlyMap<string, Source> = new Map(), lang: Lang = 'en'): ChapterContent {
	const m = FRONTMATTER.exec(text);
	if (!m) throw new Error(`${file}: (file): a chapter starts with a frontmatter block between two "---" lines`);
	let meta: unknown;
	try {
		meta = parseYaml(m[1]!);
	} catch (err) {
		throw new Error(`${file}: (frontmatter): not valid YAML: ${(err as Error).message}`);
	}
	const r = chapterFrontmatter.safeParse(meta);
	if (!r.success) {
		const lines = r.error.issues.map((i) => `${file}: ${i.path.join('.') || '(frontmatter)'}: ${i.message}`);
		throw new Error(lines.join('\n'));
	}
	const { html: body, citations } = cite(file, r.data.id, renderMarkdown(file, m[2]!.trim()), sources, lang);
	const html = body + notesHtml(r.data.id, citations, lang);
	return { ...r.data, html, file };
}

/** Chapters sorted by file name (the files are numbered), with ids checked to be unique. */
export function parseChapters(files: Record<string, string>, sources: ReadonlyMap<string, Source> = new Map(), lang: Lang = 'en'): ChapterContent[] {
	const chapters = Object.keys(files)
		.sort()
		.map((f) => parseChapter(f, files[f]!, sources, lang));
	const seen = new Map<string, string>();
	for (const c of chapters) {
		const other = seen.get(c.id);
		if (other) throw new Error(`${c.file}: id: "${c.id}" is already used by ${other}`);
		seen.set(c.id, c.file);
	}
	if (chapters.length === 0) throw new Error('(chapters): no chapter files (*.md) found');
	return chapters;
}
