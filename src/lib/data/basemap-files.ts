// The basemap and city-plan files of geodata/ (data contract, see geodata/README.md): their names, kinds and the boxes they must stay in.

/** [west, south, east, north] in degrees. */
export type Bounds = readonly [number, number, number, number];

/** The story's window (scripts/basemap.ts CLIP_BOX): every basemap feature lies in it. */
export const WINDOW_BOUNDS: Bounds = [15, 10, 160, 75];

/**
 * The three city plans: file id, the box their features must lie in (also the box their tier is shown in),
 * and the zoom they are drawn from. Peiping's chapters look at it from zoom 6.5 (the walled city is then
 * about 15 px across), Moscow's and Leningrad's from 10 to 11; names come from zoom 9 everywhere.
 */
export const CITY_PLANS = [
	{ id: 'peiping', bounds: [116.1, 39.75, 116.6, 40.05], minzoom: 6 },
	{ id: 'moscow', bounds: [37.2, 55.55, 37.95, 56.05], minzoom: 9 },
	{ id: 'leningrad', bounds: [30.0, 59.75, 30.75, 60.1], minzoom: 9 }
] as const satisfies readonly { id: string; bounds: Bounds; minzoom: number }[];

/** The file (under static/generated/) that holds the three plans for the map, each feature tagged with its plan's `city` id. */
export const CITY_PLANS_FILE = 'city-plans.json';

/** City plans show their names, gates, stations and buildings from this zoom (only walls and footprints before it). */
export const CITY_NAMES_MINZOOM = 9;

export const CITY_KINDS = ['wall', 'gate', 'river', 'ring', 'street', 'square', 'station', 'palace', 'building', 'works', 'dacha', 'park'] as const;
export const CONTEXT_KINDS = ['lake-label', 'range', 'country-label', 'parallel', 'sea-label'] as const;
export const COAST_KINDS = ['land', 'coast', 'lake'] as const;

/** Files under geodata/basemap/ this contract covers (the older lake files are read by scripts/basemap.ts as they are). */
export const RIVERS_FILE = 'basemap/rivers.geojson';
export const CONTEXT_FILE = 'basemap/context.geojson';
export const COAST_FILE = /^coast-[a-z0-9-]+\.geojson$/;
