// The one definition of the product's colours and type: CSS custom properties for the pages, the same values for the map style and the static maps.

/** Page colours. `route` is the ink of every journey, on the live map, the static maps and the interface alike. */
export const COLORS = {
	page: '#e9e2d3',
	paper: '#fffaf0',
	ink: '#2b1d14',
	muted: '#5d5045',
	faint: '#6b6255',
	rule: '#d8ccb4',
	ruleStrong: '#b9ab93',
	axis: '#8c8478',
	route: '#a3201a',
	dateline: '#7a2a1d',
	focus: '#1f5fbf',
	now: '#1f2b5b',
	white: '#ffffff'
} as const;

/** The basemap's print-like palette (src/lib/map/style.ts and the static maps). */
export const MAP_COLORS = {
	sea: '#d7dfdb',
	land: '#f2ebdc',
	ussr: '#ecdccb',
	china: '#efe4c2',
	mongolia: '#e2e6cd',
	coast: '#7f9597',
	border: '#8c8478',
	ink: '#2f2a24',
	halo: '#f7f2e7',
	unitLabel: '#8f806b'
} as const;

/** Rivers and lakes, and the city plans of 1949–50 (src/lib/map/detail-layers.ts, the static maps and the key). */
export const WATER_COLORS = { river: '#7e9fb0', riverLabel: '#4d6b78', lakeLabel: '#4d6b78', seaLabel: '#6f8c95' } as const;
export const CITY_COLORS = { wall: '#8b6a4f', palace: '#e3d2ae', palaceEdge: '#a88a62', ring: '#b9a58a', street: '#c9b99f', station: '#2f2a24', dacha: '#5f7a4e' } as const;

export const FONT_STACK = "'Noto Sans', system-ui, sans-serif";

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `:root { --paper: …; … }`: the colours as custom properties, with translucent paper for panels over the map. */
export const themeCss = (): string =>
	`:root{${Object.entries(COLORS)
		.map(([k, v]) => `--${kebab(k)}:${v};`)
		.join('')}--panel:rgb(255 250 240 / 0.96);--shadow:0 2px 10px rgb(0 0 0 / 0.12);--font:${FONT_STACK}}`;
