// Attaches a MapLibre event listener and returns the function that detaches it, so the owner can clean up in the same scope.
import type { Map as MapLibreMap, MapEventType } from 'maplibre-gl';

export function listen<T extends keyof MapEventType>(map: MapLibreMap, type: T, fn: (ev: MapEventType[T]) => void): () => void {
	map.on(type, fn);
	return () => {
		map.off(type, fn);
	};
}
