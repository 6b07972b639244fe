// Pure: the Pym.js child protocol ("pym" xPYMx id xPYMx type xPYMx value strings), so a CMS page that already runs pym.Parent can embed the story.

const DELIMITER = 'xPYMx';
const ID = /^[\w.:-]{1,100}$/;

export const isPymId = (id: unknown): id is string => typeof id === 'string' && ID.test(id);

export function pymMessage(id: string, type: string, value: string): string {
	return ['pym', id, type, value].join(DELIMITER);
}

/** A Pym message addressed to this child, or null. */
export function parsePym(data: unknown, id: string): { type: string; value: string } | null {
	if (typeof data !== 'string' || data.length > 1000) return null;
	const parts = data.split(DELIMITER);
	if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== id || !/^\S+$/.test(parts[2]!)) return null;
	return { type: parts[2]!, value: parts[3]! };
}

/** The parent's `width` message: whole pixels. */
export function pymWidth(value: string): number | null {
	if (!/^\d{1,5}$/.test(value)) return null;
	const w = Number(value);
	return w > 0 ? w : null;
}

/** The parent's `viewport-iframe-position` message (sent when pym.Parent tracks scroll): viewport size and the iframe's rectangle. */
export function pymViewport(value: string): { viewportHeight: number; top: number; height: number } | null {
	const n = value.split(' ');
	if (n.length !== 6 || n.some((x) => !/^-?\d+(?:\.\d+)?$/.test(x))) return null;
	const numbers = n.map(Number);
	// Digits can still overflow to Infinity ("1" followed by 400 zeros): every number must be finite, and the difference too.
	if (!numbers.every(Number.isFinite)) return null;
	const [, vh, top, , bottom] = numbers as [number, number, number, number, number, number];
	const height = bottom - top;
	return vh > 0 && height >= 0 && Number.isFinite(height) ? { viewportHeight: vh, top, height } : null;
}
