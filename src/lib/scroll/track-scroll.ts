// Follows the page's scroll and reports (chapter, progress) once per animation frame; returns the function that stops it.
import { positionAt, type ScrollPosition } from './progress';

export interface TrackOptions {
	/** The reading line, as a fraction of the viewport height from its top. */
	line?: number;
}

/**
 * Reads offsets once per layout change (resize, content reflow) rather than per scroll event,
 * and computes the position from scrollY, so fast flings and jumps (deep links, opening the page
 * half-way down, the End key) land on the right state with no enter/exit events to miss.
 */
export function trackScroll(
	sections: readonly HTMLElement[],
	onChange: (pos: ScrollPosition) => void,
	{ line = 0.5 }: TrackOptions = {}
): () => void {
	let tops: number[] = [];
	let end = 0;
	let frame = 0;
	let last: ScrollPosition | undefined;

	const measure = () => {
		tops = sections.map((s) => s.getBoundingClientRect().top + window.scrollY);
		const lastSection = sections[sections.length - 1];
		end = lastSection ? lastSection.getBoundingClientRect().bottom + window.scrollY : 0;
	};
	const update = () => {
		frame = 0;
		const pos = positionAt(tops, end, window.scrollY + window.innerHeight * line);
		if (!last || pos.index !== last.index || pos.progress !== last.progress) {
			last = pos;
			onChange(pos);
		}
	};
	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(update);
	};
	const remeasure = () => {
		measure();
		schedule();
	};

	measure();
	update();
	window.addEventListener('scroll', schedule, { passive: true });
	window.addEventListener('resize', remeasure);
	const resizeObserver = new ResizeObserver(remeasure);
	for (const s of sections) resizeObserver.observe(s);

	return () => {
		window.removeEventListener('scroll', schedule);
		window.removeEventListener('resize', remeasure);
		resizeObserver.disconnect();
		if (frame) cancelAnimationFrame(frame);
	};
}
