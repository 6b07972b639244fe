// Build-time only: the content of each edition (chapters, cast, "How we know", the geodata's words), parsed and checked against the bibliography, cached per language.
import { parse as parseYaml } from 'yaml';
import geodata from '$lib/data/compiled';
import { parseChapters } from '$lib/content/parse';
import { parseCast, type Person } from '$lib/content/cast';
import { parsePage, type ProsePage } from '$lib/content/page';
import type { ChapterContent } from '$lib/content/format';
import { englishWords, type GeodataWords } from '$lib/i18n/geodata-words';
import { LANGS, type Lang } from '$lib/i18n/lang';

const raw = import.meta.glob('/src/content/*/**/*.{md,yaml}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const sources = new Map(geodata.sources.map((s) => [s.id, s]));

/** The files of one language's folder, by their path inside it (chapters/01-….md, cast.yaml, …). */
function filesOf(lang: Lang): Map<string, [file: string, text: string]> {
	const prefix = `/src/content/${lang}/`;
	return new Map(Object.entries(raw).flatMap(([k, v]) => (k.startsWith(prefix) ? [[k.slice(prefix.length), [k.slice(1), v] as [string, string]]] : [])));
}

export interface Edition {
	lang: Lang;
	chapters: ChapterContent[];
	cast: Person[];
	howWeKnow: ProsePage;
	words: GeodataWords;
}

const cache = new Map<Lang, Edition>();

export function edition(lang: Lang): Edition {
	const hit = cache.get(lang);
	if (hit) return hit;
	const files = filesOf(lang);
	const get = (path: string) => {
		const f = files.get(path);
		if (!f) throw new Error(`src/content/${lang}/${path}: (file): missing (npm run i18n:status lists what a language lacks)`);
		return f;
	};
	const chapterFiles = Object.fromEntries([...files].filter(([p]) => p.startsWith('chapters/') && p.endsWith('.md')).map(([, [f, t]]) => [f, t]));
	const chapters = parseChapters(chapterFiles, sources, lang);
	const ids = new Set(chapters.map((c) => c.id));
	const e: Edition = {
		lang,
		chapters,
		cast: parseCast(get('cast.yaml')[0], get('cast.yaml')[1], sources, ids),
		howWeKnow: parsePage(get('how-we-know.md')[0], 'how-we-know', get('how-we-know.md')[1], sources, lang),
		words: lang === 'en' ? englishWords(geodata.journeys, geodata.events.flatMap((x) => (x.label ? [{ ...x, label: x.label }] : []))) : (parseYaml(get('geodata.yaml')[1]) as GeodataWords)
	};
	cache.set(lang, e);
	return e;
}

/** The English chapters (the story's structure: every edition has the same chapters, in the same order). */
export const loadChapters = () => edition('en').chapters;

export const editions = () => LANGS.map(edition);
