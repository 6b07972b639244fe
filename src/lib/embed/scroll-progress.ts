// Pure: how far the host page has scrolled an embed through its viewport, 0..1 (src/lib/embed/host-script.js repeats this formula; keep them in step).

/**
 * A frame shorter than the viewport plays while it is entirely in view: 0 as its bottom edge
 * enters, 1 as its top edge reaches the top. A frame (or a sticky scrollytelling section) taller
 * than the viewport plays while it covers the viewport.
 */
export function scrollProgress(viewportHeight: number, top: number, height: number): number {
	if (![viewportHeight, top, height].every(Number.isFinite)) return 0;
	const a = Math.max(viewportHeight - height, 0);
	const b = Math.min(viewportHeight - height, 0);
	if (a === b) return top > 0 ? 0 : 1;
	const p = (a - top) / (a - b);
	return p < 0 ? 0 : p > 1 ? 1 : Number.isFinite(p) ? p : 0;
}
