// Kiosk options from the URL (?idle=90&dwell=20&journey=mao-outbound&lang=zh&chapter=baikal): parsed, checked, with defaults.
import { isLang, LANGS, type Lang } from '../i18n/lang';

export interface KioskOptions {
	/** Seconds without input before the kiosk plays by itself (and, after a visitor, resets to the start). */
	idle: number;
	/** Seconds each chapter takes in the attract loop, per card's worth of its text (a long chapter takes a few). */
	dwell: number;
	/** Limit the loop to the chapters of one journey. */
	journey: string | null;
	/** The museum's language: the kiosk starts in it, and returns to it after a visitor's session. */
	lang: Lang;
	/** The chapter the attract loop starts at, the first time: for checking a chapter on the screen. After a visitor it starts from the beginning. */
	chapter: string | null;
}

export const DEFAULTS: KioskOptions = { idle: 90, dwell: 20, journey: null, lang: 'en', chapter: null };

/** A bad value falls back to the default and is reported, so a typo in a kiosk's URL never blanks the screen. */
export function parseKioskOptions(search: string, journeys: readonly string[], chapters: readonly string[] = []): { options: KioskOptions; warnings: string[] } {
	const q = new URLSearchParams(search);
	const warnings: string[] = [];
	const seconds = (name: 'idle' | 'dwell', min: number, max: number): number => {
		const raw = q.get(name);
		if (raw === null) return DEFAULTS[name];
		const v = Number(raw);
		if (!Number.isFinite(v) || v < min || v > max) {
			warnings.push(`${name}=${raw} is not a number of seconds between ${min} and ${max}; using ${DEFAULTS[name]}`);
			return DEFAULTS[name];
		}
		return v;
	};
	const journey = q.get('journey');
	if (journey !== null && !journeys.includes(journey)) warnings.push(`journey=${journey} is not one of ${journeys.join(', ')}; showing all`);
	const chapter = q.get('chapter');
	if (chapter !== null && !chapters.includes(chapter)) warnings.push(`chapter=${chapter} is not a chapter of the story; starting at the beginning`);
	const lang = q.get('lang');
	if (lang !== null && !isLang(lang)) warnings.push(`lang=${lang} is not one of ${LANGS.join(', ')}; using English`);
	return {
		options: {
			idle: seconds('idle', 1, 3600),
			dwell: seconds('dwell', 0.05, 600),
			journey: journey !== null && journeys.includes(journey) ? journey : null,
			lang: isLang(lang) ? lang : DEFAULTS.lang,
			chapter: chapter !== null && chapters.includes(chapter) ? chapter : null
		},
		warnings
	};
}
