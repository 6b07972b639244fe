// Unattended-screen hardening: no context menu, the screen kept awake (Screen Wake Lock, where supported), the cursor hidden when still. Returns the cleanup.

interface WakeLockSentinelLike {
	release(): Promise<void>;
}

export function hardenKiosk(root: HTMLElement, { cursorHideMs = 3000 } = {}): () => void {
	const noMenu = (e: Event) => e.preventDefault();
	document.addEventListener('contextmenu', noMenu);

	let cursorTimer = 0;
	const showCursor = () => {
		root.classList.remove('cursor-hidden');
		clearTimeout(cursorTimer);
		cursorTimer = window.setTimeout(() => root.classList.add('cursor-hidden'), cursorHideMs);
	};
	root.addEventListener('pointermove', showCursor);
	showCursor();

	let lock: WakeLockSentinelLike | null = null;
	let disposed = false;
	const wakeLock = (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<WakeLockSentinelLike> } }).wakeLock;
	const requestLock = async () => {
		if (!wakeLock || document.visibilityState !== 'visible' || disposed) return;
		try {
			const l = await wakeLock.request('screen');
			if (disposed) void l.release();
			else lock = l;
		} catch {
			// Not allowed (no user activation yet, or a power-saving policy): the kiosk's OS settings must keep the screen on.
		}
	};
	// The browser drops the lock whenever the page is hidden; take it again when it is shown.
	document.addEventListener('visibilitychange', requestLock);
	void requestLock();

	return () => {
		disposed = true;
		document.removeEventListener('contextmenu', noMenu);
		root.removeEventListener('pointermove', showCursor);
		document.removeEventListener('visibilitychange', requestLock);
		clearTimeout(cursorTimer);
		void lock?.release();
	};
}
