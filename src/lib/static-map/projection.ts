// The one fixed projection every static map shares: the basemap symbol is projected once in it, and each chapter crops it.
import { geoMercator, type GeoProjection } from 'd3-geo';

/** The story's region, [west, south, east, north] (the basemap's CLIP_BOX; not imported, as scripts/ is Node-only). */
export const REGION = [15, 10, 160, 75] as const;
/** The region spans this many SVG user units from west to east; the 0.1-unit rounding is then about 1.6 km. */
export const REGION_WIDTH = 1000;
/** What the symbol draws: the region plus a margin of coarse land, so padded crops near its edge show no cut. */
export const SYMBOL_BOX = [15, 10, 160, 75] as const;

/** Box in user units, [x0, y0, x1, y1], y down. */
export type Box = [number, number, number, number];

/**
 * Mercator, like the live map, so crops look like its views. Scaled so the region is REGION_WIDTH
 * units wide with its north-west corner at (0, 0). precision(0): no resampling along great
 * circles, because MapLibre draws edges straight in Mercator too (and the data is dense already).
 */
export function staticProjection(): GeoProjection {
	const [w, , , n] = REGION;
	const scale = REGION_WIDTH / (((REGION[2] - w) * Math.PI) / 180);
	const p = geoMercator().scale(scale).translate([0, 0]).precision(0);
	const [x0, y0] = p([w, n])!;
	p.translate([-x0, -y0]);
	const [x1, y1] = p([SYMBOL_BOX[0], SYMBOL_BOX[3]])!;
	const [x2, y2] = p([SYMBOL_BOX[2], SYMBOL_BOX[1]])!;
	return p.clipExtent([
		[x1, y1],
		[x2, y2]
	]);
}

/** The symbol's extent in user units: crops are kept inside it so no chapter map shows an empty edge. */
export function symbolBox(p: GeoProjection): Box {
	const [x0, y0] = p([SYMBOL_BOX[0], SYMBOL_BOX[3]])!;
	const [x1, y1] = p([SYMBOL_BOX[2], SYMBOL_BOX[1]])!;
	return [x0, y0, x1, y1];
}

/** Units per degree of longitude: converts a MapLibre zoom into a crop width. */
export function unitsPerWorld(p: GeoProjection): number {
	return p.scale() * 2 * Math.PI;
}
