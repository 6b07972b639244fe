// Static route maps for when WebGL is unavailable: pure functions from story data to SVG strings, run at build time.
export { basemapSymbol, unitLabelsOf, BASEMAP_ID, type Basemap, type BasemapProps } from './basemap-svg';
export { chapterMapSvg, type StaticMapInput } from './chapter-svg';
export { staticProjection } from './projection';
export { WIDTH as STATIC_MAP_WIDTH, HEIGHT as STATIC_MAP_HEIGHT } from './frame';
