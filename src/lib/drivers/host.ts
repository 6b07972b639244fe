// The host-page driver: an embed's commands in (postMessage, or Pym's width and scroll messages), its events and content height out. Each function returns its cleanup.
import { eventMessage, parseCommand, type Command, type EmbedEvent } from '../embed/messages';
import { parsePym, pymMessage, pymViewport, pymWidth } from '../embed/pym';
import { scrollProgress } from '../embed/scroll-progress';

const framed = () => window.parent !== window;

/** Events are public story data, so any host may read them ('*'); commands are accepted only from the parent window. */
export function postEvent(e: EmbedEvent): void {
	if (framed()) window.parent.postMessage(eventMessage(e), '*');
}

/** Reports the root's height whenever it changes, as an event and, under Pym, as Pym's `height` message. */
export function reportHeight(root: HTMLElement, childId: string | null): { resend: () => void; stop: () => void } {
	let last = -1;
	const send = (force: boolean) => {
		const h = Math.ceil(root.getBoundingClientRect().height);
		if (!framed() || h <= 0 || (h === last && !force)) return;
		last = h;
		postEvent({ type: 'height', height: h });
		if (childId) window.parent.postMessage(pymMessage(childId, 'height', String(h)), '*');
	};
	const ro = new ResizeObserver(() => send(false));
	ro.observe(root);
	return { resend: () => send(true), stop: () => ro.disconnect() };
}

export function listenToHost(childId: string | null, handlers: { command: (c: Command) => void; width: () => void }): () => void {
	const onMessage = (e: MessageEvent) => {
		if (!framed() || e.source !== window.parent) return;
		const command = parseCommand(e.data);
		if (command) return handlers.command(command);
		const pym = childId ? parsePym(e.data, childId) : null;
		if (pym?.type === 'width' && pymWidth(pym.value) !== null) handlers.width();
		const v = pym?.type === 'viewport-iframe-position' ? pymViewport(pym.value) : null;
		if (v) handlers.command({ command: 'hostScroll', progress: scrollProgress(v.viewportHeight, v.top, v.height) });
	};
	window.addEventListener('message', onMessage);
	return () => window.removeEventListener('message', onMessage);
}
