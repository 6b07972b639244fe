// Keeping translations in step: each translated file names the version of the English it translates (a hash of the English text), and the checks that say what is stale, missing or out of line.
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';

/** The first 16 hex digits of the SHA-256 of a text: what a translation's `translates` field holds. */
export const versionOf = (text: string) => createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex').slice(0, 16);

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** A Markdown content file's header and body, or null when it has none. */
export function splitFrontmatter(text: string): { meta: Record<string, unknown>; body: string } | null {
	const m = FRONTMATTER.exec(text);
	if (!m) return null;
	const meta = parseYaml(m[1]!) as unknown;
	return meta && typeof meta === 'object' ? { meta: meta as Record<string, unknown>, body: m[2]! } : null;
}

/** The header fields a translation keeps exactly as in English: they tie the chapter to the map, not to a language. */
export const SHARED_FIELDS = ['id', 'journey', 'from', 'to', 'at', 'scrub', 'camera', 'date'] as const;

/** Citation markers ([^S13]) of a text, as a sorted set. */
export const markersOf = (text: string) => [...new Set([...text.matchAll(/\[\^([A-Za-z0-9]+)\]/g)].map((m) => m[1]!))].sort();

export interface SyncProblem {
	file: string;
	message: string;
}

/** How one translated chapter stands against its English: the version, the shared fields, the citations. */
export function checkChapter(file: string, english: string, translated: string | undefined, englishFile: string): SyncProblem[] {
	if (translated === undefined) return [{ file, message: `missing: translate ${englishFile}` }];
	const en = splitFrontmatter(english);
	const tr = splitFrontmatter(translated);
	if (!en || !tr) return [{ file, message: 'no frontmatter block between two "---" lines' }];
	const problems: SyncProblem[] = [];
	const want = versionOf(english);
	if (tr.meta.translates !== want) problems.push({ file, message: `stale: translates ${JSON.stringify(tr.meta.translates ?? null)}, but ${englishFile} is now ${want} (update the translation, then its translates field)` });
	for (const k of SHARED_FIELDS) {
		if (JSON.stringify(tr.meta[k]) !== JSON.stringify(en.meta[k])) problems.push({ file, message: `${k}: must be as in English (${JSON.stringify(en.meta[k] ?? null)}), got ${JSON.stringify(tr.meta[k] ?? null)}` });
	}
	const [a, b] = [markersOf(en.body), markersOf(tr.body)];
	const lost = a.filter((x) => !b.includes(x));
	const added = b.filter((x) => !a.includes(x));
	if (lost.length) problems.push({ file, message: `citations missing: ${lost.map((x) => `[^${x}]`).join(' ')}` });
	if (added.length) problems.push({ file, message: `citations not in the English: ${added.map((x) => `[^${x}]`).join(' ')}` });
	return problems;
}

/** A translated YAML file (cast, geodata strings) is an object with `translates` and the translated content. */
export function checkYaml(file: string, english: string, translated: string | undefined, englishFile: string): SyncProblem[] {
	if (translated === undefined) return [{ file, message: `missing: translate ${englishFile}` }];
	const doc = parseYaml(translated) as { translates?: unknown } | null;
	const want = versionOf(english);
	return doc?.translates === want ? [] : [{ file, message: `stale: translates ${JSON.stringify(doc?.translates ?? null)}, but ${englishFile} is now ${want}` }];
}
