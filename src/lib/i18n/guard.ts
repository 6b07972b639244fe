// Input checks for the words module: a bad figure or language fails with an error that names it, instead of a page that reads "NaN km" or "undefined", or dates in the browser's own language.
import { LANGS, isLang, type Lang } from './lang';

/** `x` when it is a finite number; otherwise a TypeError naming the function, the argument and what it got. */
export function finite(x: unknown, where: string): number {
	if (typeof x !== 'number' || !Number.isFinite(x)) throw new TypeError(`${where} must be a finite number, got ${describe(x)}`);
	return x;
}

/** `x` when it is one of the story's languages; otherwise a TypeError naming the function and what it got. */
export function lang(x: unknown, where: string): Lang {
	if (!isLang(x)) throw new TypeError(`${where} must be one of ${LANGS.join(', ')}, got ${describe(x)}`);
	return x;
}

/** `x` when it is a non-empty string; otherwise a TypeError. */
export function text(x: unknown, where: string): string {
	if (typeof x !== 'string' || x === '') throw new TypeError(`${where} must be a non-empty string, got ${describe(x)}`);
	return x;
}

const describe = (x: unknown) => (typeof x === 'string' ? JSON.stringify(x) : typeof x === 'number' || x === undefined || x === null ? String(x) : typeof x);
