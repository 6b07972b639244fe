// The 1949 basemap as one SVG group, projected once per page; every chapter map <use>s it and crops it.
import type { Lang } from '../i18n/lang';
import type { GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { PALETTE } from '../map/style';
import { WATER_COLORS as WATER } from '../ui/theme';
import { pathData, projectParts } from './path-data';
import { staticProjection } from './projection';

/** The shape scripts/basemap.ts builds (typed here, since scripts/ is Node-only). */
export type BasemapProps = { kind: string; name?: string; label?: string; rank?: number; class?: number; city?: string };
export type Basemap = FeatureCollection<Geometry, BasemapProps>;

export const BASEMAP_ID = 'static-basemap';

/**
 * Douglas-Peucker tolerance in user units (about 3 km; the source is already simplified to 2 km).
 * The closest chapter crops magnify the symbol about 12×, where this is still 2–3 px: calm enough
 * for a printed-style map, and it is what keeps the symbol under 150 KB.
 */
const TOLERANCE = 0.2;
/** Islets and lakelets whose bounding box is under one unit (about 16 km) are dropped: a few pixels at most crops. The detail tier's mask is not drawn (the symbol sits on the sea-coloured rect). */
const MIN_PART = 1;

/** Units tinted as on the live map; every other unit is plain land, so it joins the land path. */
const TINTS: Record<string, string> = { USSR: PALETTE.ussr, China: PALETTE.china, Mongolia: PALETTE.mongolia };

/** Non-scaling strokes keep lines hairline-thin whatever a chapter's zoom; vector-effect is not inherited, so it goes on each path. */
const stroke = (colour: string, width: number, extra = '') =>
	`fill="none" stroke="${colour}" stroke-width="${width}" stroke-linejoin="round" vector-effect="non-scaling-stroke"${extra}`;

function paths(features: Feature<Geometry, BasemapProps>[], projection: GeoProjection, minPart = MIN_PART): string {
	return pathData(
		features.flatMap((f) => projectParts(f.geometry, projection)),
		TOLERANCE,
		minPart
	);
}

/** River lines shorter than this (user units, about 50 km) are left out of the symbol. */
const RIVER_MIN_PART = 3;
const RIVER_STROKES: [(rank: number, cls: number) => boolean, number][] = [
	[(rank) => rank === 1, 1.3],
	[(rank) => rank === 2, 1],
	[(rank, cls) => rank === 3 || (rank === 4 && cls === 1), 0.6]
];

/**
 * `<g id="static-basemap">` with land, the 1949 units, lakes, coasts and borders, in the user units
 * of `staticProjection()`. Meant to sit once in a hidden `<svg><defs>` (see StaticBasemap.svelte).
 * Unit names are not drawn here: text inside the symbol would scale with each crop, so chapter maps
 * place them themselves (see unitLabelsOf).
 */
export function basemapSymbol(basemap: Basemap, projection: GeoProjection = staticProjection()): string {
	const of = (kind: string, pred: (f: Feature<Geometry, BasemapProps>) => boolean = () => true) =>
		basemap.features.filter((f) => f.properties.kind === kind && pred(f));
	const plain = [...of('land'), ...of('unit', (f) => !(f.properties.name! in TINTS))];
	const layers = [
		`<path fill="${PALETTE.land}" fill-rule="evenodd" d="${paths(plain, projection)}"/>`,
		...Object.entries(TINTS).map(
			([name, colour]) => `<path data-unit="${name}" fill="${colour}" fill-rule="evenodd" d="${paths(of('unit', (f) => f.properties.name === name), projection)}"/>`
		),
		`<path fill="${PALETTE.sea}" fill-rule="evenodd" stroke="${PALETTE.coast}" stroke-width="0.6" vector-effect="non-scaling-stroke" d="${paths(of('lake'), projection)}"/>`,
		`<path ${stroke(PALETTE.coast, 0.8)} d="${paths(of('coast'), projection)}"/>`,
		// Rivers by importance: the named ones, then the major unnamed WDBII class 1 (the minor ones are a blur at these scales).
		...RIVER_STROKES.map(([test, width]) => {
			const d = paths(of('river', (f) => test(f.properties.rank ?? 4, f.properties.class ?? 3)), projection, RIVER_MIN_PART);
			return d ? `<path data-part="rivers" ${stroke(WATER.river, width)} d="${d}"/>` : '';
		}),
		`<path ${stroke(PALETTE.border, 1, ' stroke-dasharray="4 3"')} d="${paths(of('border'), projection)}"/>`
	];
	return `<g id="${BASEMAP_ID}">${layers.join('')}</g>`;
}

/** The basemap's hand-placed unit names (USSR, CHINA, MONGOLIA), for chapter maps wide enough to show them. */
export function unitLabelsOf(basemap: Basemap, lang: Lang = 'en'): { label: string; at: [number, number] }[] {
	return basemap.features
		.filter((f) => f.properties.kind === 'unit-label' && f.geometry.type === 'Point')
		.map((f) => {
			const c = (f.geometry as { coordinates: number[] }).coordinates;
			const own = lang === 'en' ? undefined : ((f.properties as Record<string, unknown>)[`label_${lang}`] as string | undefined);
			return { label: own ?? f.properties.label ?? f.properties.name ?? '', at: [c[0]!, c[1]!] as [number, number] };
		});
}
