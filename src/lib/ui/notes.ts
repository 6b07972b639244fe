// What a story card keeps folded inside <noscript> (its notes, its static map: server/chapter-bodies.ts) becomes part of the document when it is needed: the notes when the reader opens them or follows a citation, the map when there is no live one.

/** Replaces a <noscript> by the markup it holds (with script on, a browser keeps that markup as text). */
export function unfold(folded: Element): void {
	const t = document.createElement('template');
	// Our own build-time HTML (escaped citations and checked links, the map's escaped description), not reader input.
	t.innerHTML = folded.textContent ?? '';
	folded.replaceWith(t.content);
}

/** Unfolds the notes of a <details> block; does nothing once done. */
function unfoldNotes(details: HTMLDetailsElement): void {
	const folded = details.querySelector(':scope > noscript');
	if (folded) unfold(folded);
}

/** Unfolds the notes under `root` when opened, and before a citation link is followed to one of them. Returns the cleanup. */
export function notesOnDemand(root: HTMLElement): () => void {
	const onToggle = (e: Event) => {
		if (e.target instanceof HTMLDetailsElement && e.target.open) unfoldNotes(e.target);
	};
	const onClick = (e: MouseEvent) => {
		const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a.cite') : null;
		const details = link ? root.querySelector<HTMLDetailsElement>('details.notes') : null;
		if (!details) return;
		unfoldNotes(details);
		details.open = true;
	};
	// toggle does not bubble: listen in the capture phase.
	root.addEventListener('toggle', onToggle, true);
	root.addEventListener('click', onClick);
	return () => {
		root.removeEventListener('toggle', onToggle, true);
		root.removeEventListener('click', onClick);
	};
}
