// The interface's words in one language: the catalogue in messages/<lang>.json (compiled by Paraglide JS into src/lib/paraglide), bound to a language so no call forgets it.
import { m } from '../paraglide/messages.js';
import type { Lang } from './lang';

type Catalogue = typeof m;
export type Messages = { [K in keyof Catalogue]: (inputs?: Parameters<Catalogue[K]>[0]) => string };

const bound = new Map<Lang, Messages>();

/** Every message of the catalogue in `lang`: `messages('zh').key()` is 图例. */
export function messages(lang: Lang): Messages {
	let t = bound.get(lang);
	if (!t) {
		t = Object.fromEntries(
			Object.entries(m).map(([key, f]) => [key, (inputs: object = {}) => (f as (i: object, o: { locale: Lang }) => string)(inputs, { locale: lang })])
		) as unknown as Messages;
		bound.set(lang, t);
	}
	return t;
}
