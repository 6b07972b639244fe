// Whether the browser has WebGL, as the probe in app.html finds it (it also sets html.no-webgl before answering).

declare global {
	interface Window {
		/** Set by app.html's first inline script. */
		__webglProbe?: Promise<boolean>;
	}
}

/** Resolves once the probe has decided; a page without the probe (a test harness) counts as having WebGL unless html.no-webgl says otherwise. */
export function webglAvailable(): Promise<boolean> {
	return window.__webglProbe ?? Promise.resolve(!document.documentElement.classList.contains('no-webgl'));
}
