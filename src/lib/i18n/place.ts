// Carries the reader's place (chapter and progress) across a switch of edition: the address carries the chapter, the tab's session storage the progress, for a few seconds.
import type { Position } from '../story/position';

const KEY = 'treaty-road:place';
/** Older than this, a remembered place is a stale one: the reader came back by other means. */
const FRESH_MS = 30_000;

export function rememberPlace(chapter: string, progress: number): void {
	try {
		sessionStorage.setItem(KEY, JSON.stringify({ chapter, progress, at: Date.now() }));
	} catch {
		// No storage (private mode, a sandbox): the new edition opens at the chapter's start.
	}
}

/** The progress remembered for this chapter, if fresh; it is used once. */
export function recallPlace(chapter: string, ids: readonly string[]): Position | null {
	try {
		const raw = sessionStorage.getItem(KEY);
		sessionStorage.removeItem(KEY);
		const v = raw ? (JSON.parse(raw) as { chapter?: unknown; progress?: unknown; at?: unknown }) : null;
		const index = ids.indexOf(String(v?.chapter));
		if (!v || v.chapter !== chapter || index < 0 || typeof v.progress !== 'number' || !Number.isFinite(v.progress) || typeof v.at !== 'number' || Date.now() - v.at > FRESH_MS) return null;
		return { index, progress: Math.min(1, Math.max(0, v.progress)) };
	} catch {
		return null;
	}
}
