// Scrolls the page so that the reading line sits at a given progress through a chapter: the inverse of trackScroll.

export function scrollToChapter(sections: readonly HTMLElement[], index: number, progress: number, { line = 0.5, smooth = true } = {}): void {
	const s = sections[index];
	if (!s) return;
	const top = s.getBoundingClientRect().top + window.scrollY;
	const next = sections[index + 1];
	const end = (next ? next.getBoundingClientRect().top : s.getBoundingClientRect().bottom) + window.scrollY;
	window.scrollTo({ top: Math.max(0, top + progress * (end - top) - window.innerHeight * line), behavior: smooth ? 'smooth' : 'instant' });
}
