// Gives a map's GeoJSON sources the tiles their features reach (map/tile-cover.ts): MapLibre then never asks the worker for the empty others.
import type { Map as MapLibreMap, Source } from 'maplibre-gl';
import { inCover } from './tile-cover';

/**
 * MapLibre asks a GeoJSON source for every tile in view, empty or not: a loadTile, a removeTile and their answers each.
 * A source's optional `hasTile` (what vector sources answer from their `bounds`) filters the tiles it is asked for.
 * Sources are made anew with each style, so this is called again when the style is rebuilt after a lost context.
 */
export function restrictTiles(map: MapLibreMap, covers: Readonly<Record<string, ReadonlySet<number>>>): void {
	for (const [id, cover] of Object.entries(covers)) {
		const source = map.getSource(id) as Source | undefined;
		if (!source) throw new Error(`restrictTiles: the style has no source "${id}"`);
		source.hasTile = (tileID) => inCover(cover, tileID.canonical);
	}
}
