// Dates in the data: ISO dates and date-times with their UTC offsets, parsed to instants; the local calendar date of an instant.

export type Precision = 'day' | 'minute';

export interface Instant {
	/** Epoch milliseconds (UTC). */
	ms: number;
	precision: Precision;
	/** Offset in minutes east of UTC at which the time was recorded. */
	offsetMin: number;
}

/** "+08:00" → 480. */
export function parseOffset(offset: string): number {
	const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
	if (!m) throw new Error(`not a UTC offset: "${offset}"`);
	const minutes = Number(m[2]) * 60 + Number(m[3]);
	return m[1] === '-' ? -minutes : minutes;
}

/**
 * Parses "1949-12-09" (a day: placed at local noon of `placeOffset`) or
 * "1949-12-16T12:00+03:00" (a moment: its own offset wins).
 */
export function parseInstant(text: string, placeOffset: string): Instant {
	const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2}))?$/.exec(text);
	if (!m) throw new Error(`not an ISO 8601 date or date-time with offset: "${text}"`);
	const [, y, mo, d, hh, mm, ss, off] = m;
	const day = Date.UTC(Number(y), Number(mo) - 1, Number(d));
	const check = new Date(day);
	if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1) throw new Error(`no such date: "${text}"`);
	if (hh === undefined) {
		const offsetMin = parseOffset(placeOffset);
		return { ms: day + 12 * 3600_000 - offsetMin * 60_000, precision: 'day', offsetMin };
	}
	if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) throw new Error(`no such time: "${text}"`);
	const offsetMin = off === 'Z' ? 0 : parseOffset(off!);
	const ms = day + (Number(hh) * 60 + Number(mm)) * 60_000 + Number(ss ?? 0) * 1000 - offsetMin * 60_000;
	return { ms, precision: 'minute', offsetMin };
}

/** The local calendar date as "1949-12-09", for machine-readable attributes. */
export function isoLocalDate(ms: number, offsetMin: number): string {
	return new Date(ms + offsetMin * 60_000).toISOString().slice(0, 10);
}
