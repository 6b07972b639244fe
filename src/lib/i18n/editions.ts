// Where each edition lives (/, /zh/, /ru/) and what it is called in its own language.
import { DEFAULT_LANG, LANGS, type Lang } from './lang';

/** Each language's own name for itself, as a language switch shows it. */
export const AUTONYM: Record<Lang, string> = { en: 'English', zh: '中文', ru: 'Русский' };

/** The path of a page of an edition, before the base path: editionPath('zh', 'people/') is /zh/people/. */
export const editionPath = (lang: Lang, page = ''): `/${string}` => (lang === 'en' ? `/${page}` : `/${lang}/${page}`);

/** The prerendered editions beside the default one (/zh/, /ru/), for the [[lang]] routes' `entries`. */
export const OTHER_EDITIONS = (LANGS as readonly Lang[]).filter((l) => l !== DEFAULT_LANG).map((lang) => ({ lang }));
