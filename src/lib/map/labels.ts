// Pure: the gazetteer as label points for the basemap, with period names in their period ("Peiping" before 27 September 1949).
import type { FeatureCollection, Point } from 'geojson';
import type { PlaceCore } from '../data/types';
import { mapPlace, nameAt } from '../story/names';
import { parseInstant } from '../data/dates';
import type { Lang } from '../i18n/lang';

/** The story's own moment for period names when no date is in play: the winter of the treaty. */
export const STORY_DATE = Date.UTC(1950, 0, 1);
/** The span the story covers; renamings outside it never show. */
const STORY_SPAN: [number, number] = [Date.UTC(1945, 0, 1), Date.UTC(1951, 0, 1)];

/** `at`: "|id|" for the place and for each station it names (the vehicle at any of them is at this label). */
export type LabelProperties = { rank: number; at: string } & Record<`label${number}`, string>;

export interface Labels {
	/** Dates within the story at which some place changes its name, in order. */
	boundaries: number[];
	/** Each feature has one label per epoch: `label0` before the first boundary, `label1` after it, … */
	features: FeatureCollection<Point, LabelProperties>;
}

/** Which epoch a date falls in: the style picks `label<epoch>` through the `epoch` global state. */
export function epochAt(boundaries: readonly number[], t: number): number {
	let k = 0;
	while (k < boundaries.length && t >= boundaries[k]!) k++;
	return k;
}

/** The labels lead with `lang` (the edition's language); the local name, where it differs, is a second line. */
export function labelFeatures(places: ReadonlyMap<string, PlaceCore>, lang: Lang = 'en'): Labels {
	const shown = [...places.values()].filter((p) => p.kind === 'city' || p.kind === 'town');
	const boundaries = [
		...new Set(
			shown.flatMap((p) =>
				(p.periodNames ?? []).flatMap((n) => [n.from, n.until].filter((d): d is string => !!d).map((d) => parseInstant(d, p.utcOffset).ms))
			)
		)
	]
		.filter((t) => t > STORY_SPAN[0] && t < STORY_SPAN[1])
		.sort((a, b) => a - b);
	// One moment inside each epoch, to name places as they were then.
	const moments = [STORY_SPAN[0], ...boundaries];
	const stationsOf = new Map<string, string[]>();
	for (const q of places.values()) {
		const city = q.kind === 'station' ? mapPlace(q, places) : undefined;
		if (city && city !== q) stationsOf.set(city.id, [...(stationsOf.get(city.id) ?? []), q.id]);
	}
	const features = shown.map((p, id) => {
		const properties = { rank: p.rank ?? 2, at: `|${[p.id, ...(stationsOf.get(p.id) ?? [])].join('|')}|` } as LabelProperties;
		moments.forEach((t, k) => {
			const first = nameAt(p, t, lang);
			const local = p.localLang ? nameAt(p, t, p.localLang) : '';
			properties[`label${k}`] = local && local !== first ? `${first}\n${local}` : first;
		});
		// Numbered: the label the vehicle stands at is picked out by its id, with feature state (map/apply-scene.ts).
		return { type: 'Feature' as const, id, geometry: { type: 'Point' as const, coordinates: p.lngLat }, properties };
	});
	return { boundaries, features: { type: 'FeatureCollection', features } };
}

/** The label each place or station stands under: its feature's id, by the ids in `at`. */
export function labelIdsByPlace(features: FeatureCollection<Point, LabelProperties>): Map<string, number> {
	const ids = new Map<string, number>();
	for (const f of features.features) for (const at of f.properties.at.split('|')) if (at && typeof f.id === 'number') ids.set(at, f.id);
	return ids;
}
