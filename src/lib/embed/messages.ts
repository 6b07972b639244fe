// Pure: the embed's postMessage protocol (commands from the host page, events to it), checked strictly: anything malformed parses to null, never throws.

export const NAMESPACE = 'treaty-road';
export const PROTOCOL_VERSION = 1;

export type Command =
	| { command: 'goto'; chapter: string | number }
	| { command: 'setProgress'; progress: number }
	| { command: 'hostScroll'; progress: number };

export type EmbedEvent =
	| { type: 'ready'; journey: string; chapters: { id: string; title: string }[]; chapter: string; progress: number }
	| { type: 'chapter'; chapter: string; index: number; title: string }
	| { type: 'progress'; progress: number; chapter: string; chapterProgress: number; date: string | null }
	| { type: 'height'; height: number };

export type EventMessage = EmbedEvent & { source: typeof NAMESPACE; version: typeof PROTOCOL_VERSION };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_CHAPTERS = 10_000;

function isPlainObject(x: unknown): x is Record<string, unknown> {
	if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
	const proto: unknown = Object.getPrototypeOf(x);
	return proto === Object.prototype || proto === null;
}

const hasOnlyKeys = (o: Record<string, unknown>, keys: readonly string[]) => Object.keys(o).every((k) => keys.includes(k));
const isUnit = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1;
const isChapterRef = (x: unknown): x is string | number =>
	(typeof x === 'string' && x.length <= 100 && SLUG.test(x)) || (typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < MAX_CHAPTERS);

/** A command from the host page, or null for anything else (other libraries' messages, typos, out-of-range values). */
export function parseCommand(data: unknown): Command | null {
	if (!isPlainObject(data) || data.target !== NAMESPACE) return null;
	switch (data.command) {
		case 'goto':
			return hasOnlyKeys(data, ['target', 'command', 'chapter']) && isChapterRef(data.chapter) ? { command: 'goto', chapter: data.chapter } : null;
		case 'setProgress':
		case 'hostScroll':
			return hasOnlyKeys(data, ['target', 'command', 'progress']) && isUnit(data.progress) ? { command: data.command, progress: data.progress } : null;
		default:
			return null;
	}
}

/** The index of a chapter named by id or by index among the embed's chapters, or null when there is no such chapter. */
export function chapterIndexOf(ref: string | number, ids: readonly string[]): number | null {
	if (typeof ref === 'number') return ref < ids.length ? ref : null;
	const i = ids.indexOf(ref);
	return i >= 0 ? i : null;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** The message posted to the host: the event tagged with the namespace and protocol version; fractions rounded so unchanged states compare equal. */
export function eventMessage(e: EmbedEvent): EventMessage {
	const m = { source: NAMESPACE, version: PROTOCOL_VERSION, ...e } as EventMessage;
	if (m.type === 'progress') return { ...m, progress: round4(m.progress), chapterProgress: round4(m.chapterProgress) };
	if (m.type === 'ready') return { ...m, progress: round4(m.progress) };
	if (m.type === 'height') return { ...m, height: Math.ceil(m.height) };
	return m;
}
