// The reader's own input on the embed: a horizontal swipe on the map steps, and so do the arrow and Page keys (except on the scrubber, which has its own). Returns the cleanup.

const SWIPE_PX = 40;

export function readerInput(stage: HTMLElement, on: { step: (dir: 1 | -1) => void; touch: () => void }): () => void {
	let swipe: { id: number; x: number; y: number } | null = null;
	const down = (e: PointerEvent) => {
		swipe = { id: e.pointerId, x: e.clientX, y: e.clientY };
		on.touch();
	};
	const up = (e: PointerEvent) => {
		if (!swipe || swipe.id !== e.pointerId) return;
		const dx = e.clientX - swipe.x;
		const dy = e.clientY - swipe.y;
		swipe = null;
		if (Math.abs(dx) > SWIPE_PX && Math.abs(dx) > 1.5 * Math.abs(dy)) on.step(dx < 0 ? 1 : -1);
	};
	const cancel = () => (swipe = null);
	const key = (e: KeyboardEvent) => {
		if (e.altKey || e.ctrlKey || e.metaKey || (e.target instanceof HTMLInputElement && e.target.type === 'range')) return;
		const dir = e.key === 'ArrowRight' || e.key === 'PageDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'PageUp' ? -1 : 0;
		if (dir === 0) return;
		e.preventDefault();
		on.step(dir);
	};
	stage.addEventListener('pointerdown', down);
	stage.addEventListener('pointerup', up);
	stage.addEventListener('pointercancel', cancel);
	window.addEventListener('keydown', key);
	return () => {
		stage.removeEventListener('pointerdown', down);
		stage.removeEventListener('pointerup', up);
		stage.removeEventListener('pointercancel', cancel);
		window.removeEventListener('keydown', key);
	};
}
