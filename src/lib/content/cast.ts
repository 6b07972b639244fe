// The cast: the people of the story and their offices in 1949–50, as content (src/content/<lang>/cast.yaml), validated with errors that name the file and the field.
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import type { Source } from '../data/schema';

const text = z.string().regex(/\S/, 'must not be empty or only spaces');

export const person = z
	.object({
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug'),
		name: text,
		office: text,
		about: text,
		chapters: z.array(z.string()).optional(),
		sources: z.array(z.string()).min(1, 'must cite at least one source id')
	})
	.strict();

export type Person = z.infer<typeof person>;

/** English: a list of people. A translation: `{ translates, people }` (src/lib/content/sync.ts). */
const castFile = z.union([z.array(person), z.object({ translates: z.string().regex(/^[0-9a-f]{16}$/), people: z.array(person) }).strict()]);

export function parseCast(file: string, yamlText: string, sources: ReadonlyMap<string, Source>, chapterIds?: ReadonlySet<string>): Person[] {
	let raw: unknown;
	try {
		raw = parseYaml(yamlText);
	} catch (err) {
		throw new Error(`${file}: (file): not valid YAML: ${(err as Error).message}`);
	}
	const r = castFile.safeParse(raw);
	if (!r.success) throw new Error(r.error.issues.map((i) => `${file}: ${i.path.join('.') || '(file)'}: ${i.message}`).join('\n'));
	const people = Array.isArray(r.data) ? r.data : r.data.people;
	const problems: string[] = [];
	const seen = new Set<string>();
	people.forEach((p, k) => {
		if (seen.has(p.id)) problems.push(`${file}: [${k}].id: "${p.id}" appears twice`);
		seen.add(p.id);
		p.sources.forEach((s, j) => sources.has(s) || problems.push(`${file}: [${k}].sources[${j}]: unknown source id "${s}" (not in geodata/sources.json)`));
		p.chapters?.forEach((c, j) => !chapterIds || chapterIds.has(c) || problems.push(`${file}: [${k}].chapters[${j}]: no chapter "${c}"`));
	});
	if (problems.length) throw new Error(problems.join('\n'));
	return people;
}
