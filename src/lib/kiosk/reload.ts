// When a kiosk has hit an error it cannot recover from, it reloads itself — after a delay that grows with each recent reload, so never in a tight loop.

export const FIRST_DELAY_MS = 5_000;
export const MAX_DELAY_MS = 10 * 60_000;
/** A page that has run this long without a fatal error starts counting again from zero. */
export const HEALTHY_AFTER_MS = 10 * 60_000;

export interface ReloadRecord {
	attempts: number;
	last: number;
}

export function nextReload(prev: ReloadRecord | null, now: number): { delayMs: number; record: ReloadRecord } {
	const attempts = prev && now - prev.last < HEALTHY_AFTER_MS + MAX_DELAY_MS ? prev.attempts + 1 : 0;
	return { delayMs: Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** attempts), record: { attempts, last: now } };
}
