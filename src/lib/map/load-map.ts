// The map's code, fetched once: MapLibre, its worker's address and the modules that build the style and the layers. The stage asks once the text has painted (while the story loads), the map view when it starts.

const load = () =>
	Promise.all([
		import('maplibre-gl'),
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
		import('./style'),
		import('./route-layers'),
		import('./vehicle'),
		import('$lib/generated/font-faces.json'),
		import('./labels')
	]);

let modules: ReturnType<typeof load> | null = null;

export function loadMapModules(): ReturnType<typeof load> {
	if (!modules) {
		modules = load();
		// A failed fetch (a flaky network on first visit) is not remembered: the next map asks again.
		modules.catch(() => (modules = null));
	}
	return modules;
}
