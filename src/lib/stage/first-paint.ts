// Resolves once the page has painted its first content (the story's text): what can wait for that, the map's code among it, waits.

const painted = () => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint');

export function afterFirstPaint(): Promise<void> {
	if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
		// Without paint timing: two animation frames, the first of which has been drawn.
		return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
	}
	if (painted()) return Promise.resolve();
	return new Promise((resolve) => {
		const observer = new PerformanceObserver(() => {
			if (!painted()) return;
			observer.disconnect();
			resolve();
		});
		observer.observe({ type: 'paint' });
	});
}
