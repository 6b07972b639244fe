// Pure: the embed's URL options (chapter, from, to, lang, autoplay, controls, and Pym's childId), validated; an invalid value falls back to its default.
import { isPymId } from './pym';
import { isLang, type Lang } from '../i18n/lang';


export interface EmbedOptions {
	/** The chapter the embed opens at (an id of this journey's chapters; unknown ids are ignored later). */
	chapter: string | null;
	/** Show only part of the journey: ISO dates (YYYY-MM-DD), at local noon of the journey's first stop. */
	from: string | null;
	to: string | null;
	lang: Lang;
	autoplay: boolean;
	controls: boolean;
	/** Set by the host script or pym.Parent: the embed then sizes itself by its width and reports its height. */
	childId: string | null;
}

export const DEFAULT_OPTIONS: EmbedOptions = { chapter: null, from: null, to: null, lang: 'en', autoplay: false, controls: true, childId: null };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isSlug = (s: string) => s.length <= 100 && SLUG.test(s);

export function isIsoDate(s: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** "1", "true", "yes" or a bare flag are true; "0", "false", "no" are false; anything else keeps the default. */
function flag(value: string | null, fallback: boolean): boolean {
	if (value === null) return fallback;
	const v = value.trim().toLowerCase();
	if (v === '' || v === '1' || v === 'true' || v === 'yes') return true;
	if (v === '0' || v === 'false' || v === 'no') return false;
	return fallback;
}

export function parseOptions(search: string | URLSearchParams): EmbedOptions {
	const q = typeof search === 'string' ? new URLSearchParams(search) : search;
	const get = (k: string) => q.get(k);
	const chapter = get('chapter');
	const from = get('from');
	const to = get('to');
	const lang = get('lang');
	const childId = get('childId');
	const o: EmbedOptions = {
		chapter: chapter && isSlug(chapter) ? chapter : null,
		from: from && isIsoDate(from) ? from : null,
		to: to && isIsoDate(to) ? to : null,
		lang: isLang(lang) ? lang : 'en',
		autoplay: flag(get('autoplay'), DEFAULT_OPTIONS.autoplay),
		controls: flag(get('controls'), DEFAULT_OPTIONS.controls),
		childId: isPymId(childId) ? childId : null
	};
	// A window that ends before it starts shows nothing: keep the start, drop the end.
	if (o.from && o.to && o.to < o.from) o.to = null;
	return o;
}
