// The keys driver: arrow, Page, Space and Home/End keys step between chapters (or an embed's steps); returns the function that detaches it.

export type KeyStep = 1 | -1 | 'first' | 'last';

/**
 * Which step a key asks for. The story reads down the page (ArrowDown, PageDown, Space; Shift+Space
 * goes back, like the browser's own Space); an embed steps sideways (ArrowRight, PageDown).
 */
export function stepForKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>, axis: 'vertical' | 'horizontal' = 'vertical'): KeyStep | null {
	if (e.altKey || e.ctrlKey || e.metaKey) return null;
	const forward = axis === 'vertical' ? 'ArrowDown' : 'ArrowRight';
	const back = axis === 'vertical' ? 'ArrowUp' : 'ArrowLeft';
	switch (e.key) {
		case forward:
		case 'PageDown':
			return 1;
		case back:
		case 'PageUp':
			return -1;
		case ' ':
			return axis === 'vertical' ? (e.shiftKey ? -1 : 1) : null;
		case 'Home':
			return axis === 'vertical' ? 'first' : null;
		case 'End':
			return axis === 'vertical' ? 'last' : null;
		default:
			return null;
	}
}

/** Leaves keys alone where they mean something else: typing and sliders everywhere; in the story also buttons and links, where Space presses them. */
function isInteractive(target: EventTarget | null, axis: 'vertical' | 'horizontal'): boolean {
	if (!(target instanceof HTMLElement)) return false;
	const own = axis === 'vertical' ? 'input, textarea, select, button, a, [role="slider"], summary, dialog' : 'input, textarea, select, [role="slider"], dialog';
	return target.isContentEditable || !!target.closest(own);
}

export interface KeysOptions {
	axis?: 'vertical' | 'horizontal';
	/** Where keys are heard; the window by default. */
	target?: Window | HTMLElement;
}

export function keysDriver({ axis = 'vertical', target = window }: KeysOptions, onStep: (step: KeyStep) => void): () => void {
	const onKey = (e: Event) => {
		const k = e as KeyboardEvent;
		const step = stepForKey(k, axis);
		if (step === null || isInteractive(k.target, axis)) return;
		k.preventDefault();
		onStep(step);
	};
	target.addEventListener('keydown', onKey);
	return () => target.removeEventListener('keydown', onKey);
}
