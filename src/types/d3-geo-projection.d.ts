// Types for the one d3-geo-projection function we use (the package ships none).
declare module 'd3-geo-projection' {
	import type { GeoStreamWrapper } from 'd3-geo';
	import type { Geometry } from 'geojson';

	/** Streams a geometry through a projection (and its clipping) into planar GeoJSON; null when nothing is left. */
	export function geoProject(object: Geometry, projection: GeoStreamWrapper): Geometry | null;
}
