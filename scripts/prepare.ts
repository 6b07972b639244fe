// Build step before `vite dev`/`vite build`: validates the data (refusing to build on any error), then writes the compiled geodata, the 1949 basemap in its tiers and the label fonts.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { checkAll } from './check-all';
import type { BasemapProperties } from './basemap';
import { buildCityPlans, buildDetail, buildOverview } from './basemap-tiers';
import { CITY_PLANS_FILE } from '../src/lib/data/basemap-files';
import { basemapNamesText, writeFonts } from './fonts';
import { labelFeatures } from '../src/lib/map/labels';
import { distanceKm } from '../src/lib/geo/measure';
import type { Geodata } from '../src/lib/data/types';
import { slimGeodata } from '../src/lib/data/slim';
import { formatDate } from '../src/lib/i18n/format';
import { AUTONYM } from '../src/lib/i18n/editions';
import type { Lang } from '../src/lib/i18n/lang';

const started = performance.now();
const result = checkAll();
if (result.errors.length || !result.geodata) {
	for (const e of result.errors) console.error(e);
	console.error(`\n✗ refusing to build: ${result.errors.length} error(s) in the data. Fix them and run again (npm run validate).`);
	process.exit(1);
}
const geodata: Geodata = result.geodata;

// The tiers: the overview is in the first view's budget; the app fetches the others at their zoom (style.ts LAZY_SOURCES).
const basemap = buildOverview();
const detail = buildDetail();
const cities = buildCityPlans();
mkdirSync('static/generated', { recursive: true });
const tiers = [{ file: 'basemap.json', fc: basemap }, { file: 'basemap-detail.json', fc: detail }, { file: CITY_PLANS_FILE, fc: cities }].map(({ file, fc }) => {
	const json = JSON.stringify(fc);
	writeFileSync(`static/generated/${file}`, json);
	return `${file} ${Math.round(json.length / 1024)}/${Math.round(gzipSync(json).length / 1024)}`;
});

// Which 1949 country a place lay in decides the language of its second label line (the detail tier's finer units: Otpor is 6 km from the border).
const units = detail.features.filter((f): f is Feature<Geometry, BasemapProperties> => f.properties.kind === 'unit') as Feature<Geometry, BasemapProperties>[];
const LANG: Record<string, 'zh' | 'ru'> = { China: 'zh', USSR: 'ru' };
// A city is labelled early (rank 1) when a journey stops there, or at one of its stations.
const stopPoints = geodata.journeys.flatMap((j) => j.stops.map((s) => geodata.places.find((p) => p.id === s.place)!.lngLat));
const CITY_RADIUS_KM = 15;
for (const p of geodata.places) {
	const unit = units.find((u) => geoContains(u, p.lngLat));
	const lang = unit?.properties.name ? LANG[unit.properties.name] : undefined;
	if (lang) p.localLang = lang;
	p.rank = stopPoints.some((q) => distanceKm(q, p.lngLat) <= CITY_RADIUS_KM) ? 1 : 2;
}
mkdirSync('src/lib/generated', { recursive: true });
writeFileSync('src/lib/generated/geodata.json', JSON.stringify(geodata));
// The browser gets only what the story engine needs.
writeFileSync('src/lib/generated/story-data.json', JSON.stringify(slimGeodata(geodata)));

// Every label of every edition and tier, so the Chinese and Cyrillic glyphs the map can show are shipped.
const placeMap = new Map(geodata.places.map((p) => [p.id, p]));
const placeText = (['en', 'zh', 'ru'] as const).flatMap((lang) => labelFeatures(placeMap, lang).features.features.flatMap((f) => Object.entries(f.properties).filter(([k]) => k.startsWith('label')).map(([, v]) => String(v)))).join('');
const tierText = [basemap, detail, cities].flatMap((fc) => fc.features.flatMap((f) => Object.entries(f.properties as Record<string, unknown>).filter(([k]) => k.startsWith('label')).map(([, v]) => String(v)))).join('');
const text = placeText + tierText + basemapNamesText();
// Each edition's own text (its content, its interface, its place names and dates), for its body font.
/** Each month's name as the edition writes its dates. */
const datesText = (lang: Lang) => Array.from({ length: 12 }, (_, m) => formatDate(Date.UTC(1949, m, 15), 0, lang)).join(' ');
const namesAndDates = (lang: Lang) => [...geodata.places.flatMap((p) => [p.names[lang], ...(p.periodNames ?? []).map((n) => n[lang] ?? '')]), datesText(lang)].join(' ');
const editionText = (lang: Lang) => {
	const dir = `src/content/${lang}`;
	const files = [...readdirSync(`${dir}/chapters`).map((f) => `${dir}/chapters/${f}`), ...readdirSync(dir).filter((f) => /\.(md|yaml)$/.test(f)).map((f) => `${dir}/${f}`), `messages/${lang}.json`];
	return files.map((f) => readFileSync(f, 'utf8')).join('') + namesAndDates(lang);
};
/**
 * What the opening screens of an edition's story show: the first LEAD_CHAPTERS chapters (a card further down is laid out only when it
 * comes near, and the browser fetches the rest of the font then), the story page's interface (not the kiosk's, the people page's or the
 * embed dialog's, which is hidden until opened), the journeys' titles and events, and the dates. The Chinese body font's first file.
 */
const LEAD_CHAPTERS = 2;
const ELSEWHERE = /^(kiosk|people|embed)_/;
const leadText = (lang: 'zh') => {
	const dir = `src/content/${lang}`;
	const chapters = readdirSync(`${dir}/chapters`).sort().slice(0, LEAD_CHAPTERS).map((f) => readFileSync(`${dir}/chapters/${f}`, 'utf8'));
	const ui = Object.entries(JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as Record<string, string>).flatMap(([k, v]) => (ELSEWHERE.test(k) ? [] : [v]));
	// The journeys' titles and the events' labels; their travellers are read only in the static maps' descriptions.
	const words = readFileSync(`${dir}/geodata.yaml`, 'utf8').split('\n').filter((line) => !/^\s*travellers:/.test(line)).join('\n');
	return [...chapters, words, ...ui, datesText(lang)].join('');
};
const fonts = await writeFonts(text, { zh: editionText('zh'), zhLead: leadText('zh'), ru: editionText('ru'), others: editionText('en') + editionText('ru') + Object.values(AUTONYM).join('') });
if (fonts.uncovered.length) {
	console.error(`✗ no bundled font covers these label characters: ${fonts.uncovered.join(' ')}`);
	process.exit(1);
}

const kb = (n: number) => `${Math.round(n / 1024)} KB`;
console.log(
	`✓ prepared ${geodata.journeys.length} journey(s), ${geodata.places.length} places, basemap tiers (KB raw/gzipped) ${tiers.join(', ')}, ` +
		`${fonts.files.length} font files (${kb(fonts.files.reduce((a, f) => a + f.bytes, 0))}) in ${Math.round(performance.now() - started)} ms`
);
