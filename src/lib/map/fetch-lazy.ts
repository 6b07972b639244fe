// Fetches into a map the lazy sources (map/lazy-sources.ts) that its current view has made due, once each; the story's applier and the bench's step page share it.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { dueSources, type LazySource } from './lazy-sources';

/** Sets the data of each source now due (not yet in `loaded`) to its file's URL, and adds it to `loaded`; `ondata` with its id once the worker has it. */
export function fetchDueSources(map: MapLibreMap, sources: readonly LazySource[], loaded: Set<string>, zoom: number, url: (file: string) => string, ondata?: (id: string) => void): void {
	if (loaded.size >= sources.length) return;
	const b = map.getBounds();
	for (const t of dueSources(sources, loaded, zoom, [[b.getWest(), b.getSouth()], [b.getEast(), b.getNorth()]])) {
		loaded.add(t.id);
		const set = map.getSource<GeoJSONSource>(t.id)?.setData(url(t.file));
		// A file that fails to load is reported by MapLibre's own error event (MapView's onerror); nothing waits on it here.
		set?.then(() => ondata?.(t.id), () => {});
	}
}
