// Server hook (runs at prerender): writes each page's language into <html lang>, from its edition's path (/zh/, /ru/; English elsewhere), and the story's chapter text into its slots.
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { HTML_LANG } from '$lib/i18n/lang';
import { fillChapterBodies } from '$lib/server/chapter-bodies';

export const handle: Handle = ({ event, resolve }) => {
	const path = event.url.pathname.slice(base.length);
	const lang = path.startsWith('/zh/') ? 'zh' : path.startsWith('/ru/') ? 'ru' : 'en';
	return resolve(event, { transformPageChunk: ({ html }) => fillChapterBodies(html.replace('%lang%', HTML_LANG[lang]), lang, base) });
};
