// The languages of the story: the one definition of a language code, its HTML tag and its Intl locale.

export const LANGS = ['en', 'zh', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

export const isLang = (x: unknown): x is Lang => typeof x === 'string' && (LANGS as readonly string[]).includes(x);

/** The `lang` attribute of a page or an element in that language. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans', ru: 'ru' };

/** The BCP 47 locale handed to Intl for dates and numbers. */
export const LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-Hans-CN', ru: 'ru-RU' };
