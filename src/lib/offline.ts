// Asks the service worker, once the page is idle, to keep what this page has used (a reader) or the whole site (the kiosk); resolves when it is kept.

/** Every same-origin file this page has fetched so far, the page itself included. */
export function usedUrls(): string[] {
	const here = location.href.split('#')[0]!;
	const files = performance.getEntriesByType('resource').map((e) => e.name);
	return [...new Set([here, ...files])].filter((u) => u.startsWith(location.origin));
}

/** Returns the cleanup; `onkept` hears when the worker has stored it all. */
export function keepOffline(what: 'page' | 'site', onkept?: () => void): () => void {
	let disposed = false;
	let idle = 0;
	const onMessage = (e: MessageEvent) => {
		if ((e.data as { type?: string } | null)?.type === 'kept' && !disposed) onkept?.();
	};
	navigator.serviceWorker.addEventListener('message', onMessage);
	void navigator.serviceWorker.ready.then((registration) => {
		if (disposed) return;
		// When the page has nothing better to do: the story's first map and text come first.
		idle = requestIdleCallback(() => registration.active?.postMessage(what === 'site' ? { type: 'keep-site' } : { type: 'keep', urls: usedUrls() }), { timeout: 10_000 });
	});
	return () => {
		disposed = true;
		cancelIdleCallback(idle);
		navigator.serviceWorker.removeEventListener('message', onMessage);
	};
}
