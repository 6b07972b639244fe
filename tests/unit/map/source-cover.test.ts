// Tests for src/lib/map/source-cover.ts: a source given a cover is asked only for the tiles in it.
import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap, OverscaledTileID } from 'maplibre-gl';
import { restrictTiles } from '../../../src/lib/map/source-cover';
import { tileKey } from '../../../src/lib/map/tile-cover';

const tile = (z: number, x: number, y: number) => ({ canonical: { z, x, y } }) as unknown as OverscaledTileID;

describe('restrictTiles', () => {
	it('answers hasTile from the cover, by the tile it is cut from', () => {
		const sources: Record<string, { hasTile?: (t: OverscaledTileID) => boolean }> = { routes: {} };
		const map = { getSource: (id: string) => sources[id] } as unknown as MapLibreMap;
		restrictTiles(map, { routes: new Set([tileKey(7, 100, 40)]) });
		expect(sources.routes!.hasTile!(tile(7, 100, 40))).toBe(true);
		expect(sources.routes!.hasTile!(tile(7, 101, 40))).toBe(false);
	});

	it('names a source the style does not have', () => {
		const map = { getSource: () => undefined } as unknown as MapLibreMap;
		expect(() => restrictTiles(map, { nowhere: new Set() })).toThrow(/no source "nowhere"/);
	});
});
