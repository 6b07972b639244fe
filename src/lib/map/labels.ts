// Pure: the gazetteer as label points for the basemap — the English name as it was in the story's time, and the local name below it.
import type { FeatureCollection, Point } from 'geojson';
import type { PlaceData } from '../data/types';
import { nameAt } from '../story/names';

/** The story's own moment for period names: the winter of the treaty. */
export const STORY_DATE = Date.UTC(1950, 0, 1);

export function labelFeatures(places: ReadonlyMap<string, PlaceData>, t = STORY_DATE): FeatureCollection<Point, { label: string; rank: number }> {
	const features = [...places.values()]
		.filter((p) => p.kind === 'city' || p.kind === 'town')
		.map((p) => {
			const local = p.localLang ? nameAt(p, t, p.localLang) : '';
			const en = nameAt(p, t, 'en');
			return {
				type: 'Feature' as const,
				geometry: { type: 'Point' as const, coordinates: p.lngLat },
				properties: { label: local && local !== en ? `${en}\n${local}` : en, rank: p.rank ?? 2 }
			};
		});
	return { type: 'FeatureCollection', features };
}
