// The swipe driver: a horizontal swipe on an element steps forward (leftwards) or back; any touch is reported first. Returns the cleanup.

/** A finger's width: shorter movements are taps or slips. */
export const SWIPE_PX = 48;

export interface SwipeOptions {
	element: HTMLElement;
	/** Called on every pointer down: a visitor or a reader has taken over. */
	ontouch?: () => void;
}

/** Pure: the step a pointer's movement asks for, if it is a swipe (mostly sideways, longer than SWIPE_PX). */
export function swipeStep(dx: number, dy: number): 1 | -1 | null {
	if (Math.abs(dx) <= SWIPE_PX || Math.abs(dx) <= 1.5 * Math.abs(dy)) return null;
	return dx < 0 ? 1 : -1;
}

export function swipeDriver({ element, ontouch }: SwipeOptions, onStep: (dir: 1 | -1) => void): () => void {
	let start: { id: number; x: number; y: number } | null = null;
	const down = (e: PointerEvent) => {
		start = { id: e.pointerId, x: e.clientX, y: e.clientY };
		ontouch?.();
	};
	const up = (e: PointerEvent) => {
		if (!start || start.id !== e.pointerId) return;
		const step = swipeStep(e.clientX - start.x, e.clientY - start.y);
		start = null;
		if (step) onStep(step);
	};
	const cancel = () => (start = null);
	element.addEventListener('pointerdown', down);
	element.addEventListener('pointerup', up);
	element.addEventListener('pointercancel', cancel);
	return () => {
		element.removeEventListener('pointerdown', down);
		element.removeEventListener('pointerup', up);
		element.removeEventListener('pointercancel', cancel);
	};
}
