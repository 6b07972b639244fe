// Reloads the kiosk after an unrecoverable error, with a growing delay kept across reloads (sessionStorage), so it never reloads in a tight loop.
import { nextReload, type ReloadRecord } from './reload';

const KEY = 'treaty-road:kiosk-reloads';

function readRecord(): ReloadRecord | null {
	try {
		const v = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as ReloadRecord | null;
		return v && Number.isFinite(v.attempts) && Number.isFinite(v.last) ? v : null;
	} catch {
		return null;
	}
}

/** Call `fatal(reason)` when the kiosk cannot go on; uncaught errors and rejections count as fatal too. Returns the cleanup. */
export function selfHeal(onScheduled?: (delayMs: number, reason: string) => void): { fatal: (reason: string) => void; dispose: () => void } {
	let timer = 0;
	const fatal = (reason: string) => {
		if (timer) return;
		const { delayMs, record } = nextReload(readRecord(), Date.now());
		try {
			sessionStorage.setItem(KEY, JSON.stringify(record));
		} catch {
			// Without storage the delay still applies to this page; the back-off just restarts after a reload.
		}
		onScheduled?.(delayMs, reason);
		timer = window.setTimeout(() => location.reload(), delayMs);
	};
	const onError = (e: ErrorEvent) => fatal(e.message || 'uncaught error');
	const onRejection = (e: PromiseRejectionEvent) => fatal(String((e.reason as Error)?.message ?? e.reason));
	window.addEventListener('error', onError);
	window.addEventListener('unhandledrejection', onRejection);
	return {
		fatal,
		dispose: () => {
			window.removeEventListener('error', onError);
			window.removeEventListener('unhandledrejection', onRejection);
			clearTimeout(timer);
		}
	};
}
