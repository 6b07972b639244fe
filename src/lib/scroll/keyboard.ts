// Keyboard navigation between chapters (arrows, Page Up/Down, Space, Home/End); returns the function that detaches it.

/** Keys that move by one chapter; Shift+Space goes back, like the browser's own Space. */
export function stepForKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): number | 'first' | 'last' | null {
	if (e.altKey || e.ctrlKey || e.metaKey) return null;
	switch (e.key) {
		case 'ArrowDown':
		case 'PageDown':
			return 1;
		case 'ArrowUp':
		case 'PageUp':
			return -1;
		case ' ':
			return e.shiftKey ? -1 : 1;
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		default:
			return null;
	}
}

/** Leaves keys alone where they mean something else: typing, buttons, links, the timeline slider. */
function isInteractive(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || !!target.closest('input, textarea, select, button, a, [role="slider"], summary'));
}

export function chapterKeys(current: () => number, count: () => number, goTo: (index: number) => void): () => void {
	const onKey = (e: KeyboardEvent) => {
		const step = stepForKey(e);
		if (step === null || isInteractive(e.target)) return;
		e.preventDefault();
		const last = count() - 1;
		goTo(step === 'first' ? 0 : step === 'last' ? last : Math.min(last, Math.max(0, current() + step)));
	};
	window.addEventListener('keydown', onKey);
	return () => window.removeEventListener('keydown', onKey);
}
