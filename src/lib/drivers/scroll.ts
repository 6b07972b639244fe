// The scroll driver: the page's scroll offset → Position, once per frame; the reader's place (chapter and progress) survives any change of layout.
import type { Position } from '../story/position';
import { lineAt, positionAt, type Layout } from './scroll-position';

export interface ScrollOptions {
	/** The chapters' sections, in order. */
	sections: readonly HTMLElement[];
	/** The reading line, as a fraction of the viewport height from its top. */
	line?: number;
}

export interface ScrollDriver {
	stop: () => void;
	/** Scrolls so that the reader is at `p` (a jump: a key, the timeline, a deep link, Back). */
	go: (p: Position, opts?: { smooth?: boolean }) => void;
}

function measure(sections: readonly HTMLElement[]): Layout {
	const tops = sections.map((s) => s.getBoundingClientRect().top + window.scrollY);
	const last = sections[sections.length - 1];
	return { tops, end: last ? last.getBoundingClientRect().bottom + window.scrollY : 0 };
}

/**
 * Reads offsets once per layout change rather than per scroll event, and computes the position from
 * scrollY, so fast flings and jumps land on the right state with no enter/exit events to miss. When the
 * layout changes (a resize, a rotation, a font that loads, a section that grows), the page is scrolled
 * back to the same chapter and progress: the reader's place is the story, not a pixel offset.
 */
export function scrollDriver({ sections, line = 0.5 }: ScrollOptions, onPosition: (p: Position) => void): ScrollDriver {
	let layout = measure(sections);
	let frame = 0;
	let last: Position | undefined;
	/** The position a jump or a re-anchoring asked for, and the offset that shows it: at that offset it is reported exactly, not rounded to a pixel. */
	let pinned: { p: Position; y: number } | null = null;

	const readingLine = () => window.scrollY + window.innerHeight * line;
	const emit = (p: Position) => {
		if (last && p.index === last.index && p.progress === last.progress) return;
		last = p;
		onPosition(p);
	};
	const update = () => {
		frame = 0;
		emit(pinned && Math.abs(window.scrollY - pinned.y) < 1 ? pinned.p : positionAt(layout, readingLine()));
	};
	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(update);
	};
	const pin = (p: Position, smooth: boolean) => {
		const top = Math.max(0, lineAt(layout, p) - window.innerHeight * line);
		pinned = { p, y: Math.round(top) };
		if (Math.abs(top - window.scrollY) >= 1) window.scrollTo({ top: pinned.y, behavior: smooth ? 'smooth' : 'instant' });
		// An instant jump is reported at once (a key pressed right after it steps from there); a smooth one frame by frame.
		if (!smooth) emit(p);
		schedule();
	};
	const relayout = () => {
		// Above the first chapter (the masthead) every offset reads as the first chapter's start, so re-anchoring there would
		// scroll the masthead away at the first layout change (ResizeObserver's first call comes right after load): keep the offset.
		const aboveStory = layout.tops.length > 0 && readingLine() < layout.tops[0]! - 1;
		layout = measure(sections);
		if (last && !aboveStory) pin(last, false);
		else schedule();
	};

	update();
	window.addEventListener('scroll', schedule, { passive: true });
	window.addEventListener('resize', relayout);
	const resizeObserver = new ResizeObserver(relayout);
	for (const s of sections) resizeObserver.observe(s);

	return {
		stop: () => {
			window.removeEventListener('scroll', schedule);
			window.removeEventListener('resize', relayout);
			resizeObserver.disconnect();
			if (frame) cancelAnimationFrame(frame);
		},
		go: (p, { smooth = false } = {}) => {
			layout = measure(sections);
			pin(p, smooth);
		}
	};
}
