// Writes the schematic 1949–50 city plans (geodata/cities/*.geojson) and the context labels (geodata/basemap/context.geojson) from the sourced points below. Run by hand: npx tsx scripts/geodata/city-plans.ts
//
// The plans are schematic on purpose: a wall is a polygon through the positions of its gates and
// corners, a ring a line through its squares, a palace a rectangle of its known area about its
// centre. Every position comes from a page read (an M source in geodata/sources.json) or from the
// gazetteer (geodata/places.geojson, whose own sources and certainty travel with the feature); what is
// estimated says so in `basis` and carries certainty "low".
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
type Names = { en: string; zh: string; ru: string };
type Certainty = 'high' | 'medium' | 'low';
type Props = { kind: string; names: Names; sources: string[]; certainty: Certainty; basis: string; note?: string; rank?: number };
type Pt = [number, number];

const places = new Map(
	(JSON.parse(readFileSync(`${repoRoot}geodata/places.geojson`, 'utf8')) as FeatureCollection).features.map((f) => [
		String(f.id),
		{ at: (f.geometry as unknown as { coordinates: Pt }).coordinates, sources: (f.properties as { sources: string[] }).sources, certainty: (f.properties as { certainty: Certainty }).certainty, basis: (f.properties as { basis: string }).basis }
	])
);
const place = (id: string) => {
	const p = places.get(id);
	if (!p) throw new Error(`no place ${id} in places.geojson`);
	return p;
};

const r6 = (v: number) => Math.round(v * 1e5) / 1e5;
const pt = (p: Pt): Pt => [r6(p[0]), r6(p[1])];
const feature = (id: string, geometry: Geometry, properties: Props): Feature<Geometry, Props> => ({ type: 'Feature', id, properties, geometry });
const point = (p: Pt): Geometry => ({ type: 'Point', coordinates: pt(p) });
const line = (ps: Pt[]): Geometry => ({ type: 'LineString', coordinates: ps.map(pt) });
/** RFC 7946: exterior rings counter-clockwise. */
const polygon = (ring: Pt[]): Geometry => {
	const closed = [...ring, ring[0]!];
	let a = 0;
	for (let i = 0; i < closed.length - 1; i++) a += closed[i]![0] * closed[i + 1]![1] - closed[i + 1]![0] * closed[i]![1];
	return { type: 'Polygon', coordinates: [(a < 0 ? closed.reverse() : closed).map(pt)] };
};
/** A point at a distance (km) and bearing (degrees from north) from a centre, on a local flat approximation (fine for a few km). */
const offset = ([lon, lat]: Pt, km: number, bearing: number): Pt => {
	const b = (bearing * Math.PI) / 180;
	return [lon + (km * Math.sin(b)) / (111.32 * Math.cos((lat * Math.PI) / 180)), lat + (km * Math.cos(b)) / 111.2];
};
const distKm = ([a, b]: Pt, [c, d]: Pt) => Math.hypot((c - a) * 111.32 * Math.cos((b * Math.PI) / 180), (d - b) * 111.2);
const arc = (centre: Pt, km: number, from: number, to: number, step = 10): Pt[] => {
	const out: Pt[] = [];
	for (let t = from; from < to ? t <= to : t >= to; t += from < to ? step : -step) out.push(offset(centre, km, t));
	return out;
};
/** A gazetteer place as a plan feature: its position, sources and certainty as the gazetteer gives them. */
const fromPlace = (id: string, placeId: string, kind: string, names: Names, extra: Partial<Props> = {}) => {
	const p = place(placeId);
	return feature(id, point(p.at), { kind, names, sources: p.sources, certainty: p.certainty, basis: `the gazetteer's place "${placeId}" (basis ${p.basis})`, ...extra });
};

// ------------------------------------------------------------------ Peiping

const PEIPING = {
	zhengyangmen: [116.391472, 39.899167] as Pt, // M5
	deshengmen: [116.373056, 39.948556] as Pt, // M3 (the archery tower, just north of the wall line)
	fuchengmen: [116.35, 39.92222] as Pt, // M7
	yongdingmen: [116.393, 39.871] as Pt, // M4
	seCorner: [116.429167, 39.9] as Pt, // M6, the Southeast Corner Tower
	tiananmen: [116.391083, 39.907333] as Pt, // M8
	dianmen: [116.3963, 39.9334] as Pt, // M9
	forbidden: [116.3906921, 39.9159942] as Pt, // M11
	zhongnanhai: [116.3805, 39.9113] as Pt // M10
};

function peiping(): Feature<Geometry, Props>[] {
	const P = PEIPING;
	const south = (P.zhengyangmen[1] + P.seCorner[1]) / 2;
	const north = P.deshengmen[1] - 0.0005; // the archery tower stands about 50 m outside the wall
	const west = P.fuchengmen[0];
	const east = P.seCorner[0];
	// The Inner City's north-west corner was cut on the diagonal (by Xizhimen); about 1 km, estimated.
	const inner: Pt[] = [[west, south], [east, south], [east, north], [west + 0.011, north], [west, north - 0.008]];
	// The Outer City: its south wall through Yongdingmen, centred on the axis; its width, about 7.9 km, is estimated from the 23 km perimeter (M24) less its shared north side.
	const halfOuter = 3.95 / (111.32 * Math.cos((39.88 * Math.PI) / 180));
	const axis = P.yongdingmen[0];
	const outerSouth = P.yongdingmen[1];
	const outer: Pt[] = [[axis - halfOuter, south - 0.0005], [axis - halfOuter, outerSouth + 0.004], [axis - halfOuter + 0.006, outerSouth], [axis + halfOuter - 0.006, outerSouth], [axis + halfOuter, outerSouth + 0.004], [axis + halfOuter, south - 0.0005]];
	// The Forbidden City: 720,000 m² (M11's companion page, nationsonline) as 0.96 × 0.75 km about its centre.
	const fc = P.forbidden;
	const [hx, hy] = [0.375 / (111.32 * Math.cos((fc[1] * Math.PI) / 180)), 0.48 / 111.2];
	const gate = (id: string, at: Pt, names: Names, sources: string[], certainty: Certainty = 'high', basis = 'the coordinate of the gate\'s article', note?: string) =>
		feature(id, point(at), { kind: 'gate', names, sources, certainty, basis, ...(note ? { note } : {}) });
	return [
		feature('inner-city-wall', polygon(inner), {
			kind: 'wall',
			names: { en: 'Inner City wall', zh: '内城城墙', ru: 'Стена Внутреннего города' },
			sources: ['M3', 'M5', 'M6', 'M7', 'M24'],
			certainty: 'medium',
			basis: 'schematic: a rectangle through the positions of Zhengyangmen (M5) and the Southeast Corner Tower (M6) on the south wall, Deshengmen (M3) on the north and Fuchengmen (M7) on the west; the east wall straight north from the corner tower; the cut north-west corner estimated',
			note: 'Standing in 1949-50; torn down from the mid-1950s to 1969.'
		}),
		feature('outer-city-wall', { type: 'LineString', coordinates: outer.map(pt) }, {
			kind: 'wall',
			names: { en: 'Outer City wall', zh: '外城城墙', ru: 'Стена Внешнего города' },
			sources: ['M4', 'M24'],
			certainty: 'low',
			basis: 'schematic: the south wall through Yongdingmen (M4), centred on the city axis; the east and west walls and the chamfered corners estimated from the 23 km perimeter (M24); it meets the Inner City wall on the north',
			note: 'The Outer City wall closed on the Inner City wall, so only its own south, east and west sides are drawn.'
		}),
		feature('forbidden-city', polygon([[fc[0] - hx, fc[1] - hy], [fc[0] + hx, fc[1] - hy], [fc[0] + hx, fc[1] + hy], [fc[0] - hx, fc[1] + hy]]), {
			kind: 'palace',
			names: { en: 'Forbidden City', zh: '紫禁城', ru: 'Запретный город' },
			sources: ['M11'],
			certainty: 'medium',
			basis: 'schematic: a rectangle of the palace\'s 720,000 m² about the centre coordinate of M11'
		}),
		feature('zhongnanhai', point(P.zhongnanhai), {
			kind: 'palace',
			names: { en: 'Zhongnanhai', zh: '中南海', ru: 'Чжуннаньхай' },
			sources: ['M10'],
			certainty: 'high',
			basis: 'the compound\'s coordinate (M10)',
			note: 'Mao moved in during 1949 (in June by most accounts, in September by some).'
		}),
		feature('central-axis', line([P.yongdingmen, P.zhengyangmen, P.tiananmen, [fc[0], fc[1] - hy], [fc[0], fc[1] + hy], P.dianmen]), {
			kind: 'street',
			names: { en: 'Central axis', zh: '中轴线', ru: 'Центральная ось' },
			sources: ['M4', 'M5', 'M8', 'M9', 'M11'],
			certainty: 'medium',
			basis: 'a line through Yongdingmen, Zhengyangmen, Tiananmen, the Forbidden City and Di\'anmen, each at its article\'s coordinate'
		}),
		gate('zhengyangmen', P.zhengyangmen, { en: 'Zhengyangmen (Qianmen)', zh: '正阳门（前门）', ru: 'Чжэнъянмэнь (Цяньмэнь)' }, ['M5']),
		gate('deshengmen', P.deshengmen, { en: 'Deshengmen', zh: '德胜门', ru: 'Дэшэнмэнь' }, ['M3'], 'high', 'the coordinate of the surviving archery tower (M3)'),
		gate('fuchengmen', P.fuchengmen, { en: 'Fuchengmen', zh: '阜成门', ru: 'Фучэнмэнь' }, ['M7']),
		gate('yongdingmen', P.yongdingmen, { en: 'Yongdingmen', zh: '永定门', ru: 'Юндинмэнь' }, ['M4'], 'high', "the coordinate of the gate's article (M4); the gate was rebuilt on its site in 2005"),
		gate('tiananmen', P.tiananmen, { en: 'Tiananmen', zh: '天安门', ru: 'Тяньаньмэнь' }, ['M8'], 'high', 'the coordinate of the gate\'s article (M8)', 'Mao proclaimed the People\'s Republic here on 1 October 1949.'),
		gate('dianmen', P.dianmen, { en: "Di'anmen", zh: '地安门', ru: 'Дианьмэнь' }, ['M9'], 'high', 'the coordinate of the gate\'s article (M9); the gate was pulled down in 1954'),
		gate('southeast-corner-tower', P.seCorner, { en: 'Southeast Corner Tower', zh: '东南角楼', ru: 'Юго-восточная угловая башня' }, ['M6']),
		fromPlace('qianmen-station', 'beijing-qianmen', 'station', { en: 'Qianmen station', zh: '前门站', ru: 'Вокзал Цяньмэнь' }),
		fromPlace('xizhimen-station', 'xizhimen-station', 'station', { en: 'Xizhimen station', zh: '西直门站', ru: 'Вокзал Сичжимэнь' })
	];
}

// ------------------------------------------------------------------ Moscow

const MOSCOW = {
	kremlin: [37.61778, 55.75167] as Pt, // M12
	stBasil: [37.62333, 55.75222] as Pt, // M23
	smolenskaya: [37.5824722, 55.7478889] as Pt, // M13
	krymsky: [37.59889, 55.73389] as Pt, // M21
	pushkin: [37.60583, 55.76556] as Pt, // M16
	pokrovsky: [37.64833, 55.755] as Pt, // M17
	komsomolskaya: [37.6549, 55.7748] as Pt, // M18
	bolshoyKamenny: [37.612222, 55.746667] as Pt, // M20
	borodinsky: [37.573333, 55.745278] as Pt // M22
};

function moscowRiver(): Pt[] {
	const rivers = JSON.parse(readFileSync(`${repoRoot}geodata/basemap/city-rivers.geojson`, 'utf8')) as FeatureCollection;
	const lines = (rivers.features.find((f) => f.id === 'moscow-rivers')!.geometry as unknown as { coordinates: Pt[][] }).coordinates;
	const longest = [...lines].sort((a, b) => b.length - a.length)[0]!;
	const M = MOSCOW;
	// WDBII runs up to 1.5 km south of the river in the centre; there the line goes through the bridges instead.
	const westOf = longest.filter((p) => p[0] < 37.555 && p[1] > 55.74);
	const eastOf = longest.filter((p) => p[0] > 37.665);
	const ordered = (ps: Pt[]) => (ps.length > 1 && ps[0]![0] > ps[ps.length - 1]![0] ? [...ps].reverse() : ps);
	const luzhniki: Pt[] = [[37.565, 55.728], [37.56, 55.716], [37.575, 55.711], [37.59, 55.722]];
	const kremlinBank: Pt[] = [[37.623, 55.7485], [37.6405, 55.7475], [37.655, 55.737]];
	return [...ordered(westOf), M.borodinsky, ...luzhniki, M.krymsky, M.bolshoyKamenny, ...kremlinBank, ...ordered(eastOf)];
}

function moscow(): Feature<Geometry, Props>[] {
	const M = MOSCOW;
	// Garden Ring: 16 km round (M19), so a radius of about 2.5 km; centred so that it passes through Smolenskaya Square and the Krymsky bridge.
	const gardenCentre: Pt = [37.622, 55.7555];
	const gardenKm = (distKm(gardenCentre, M.smolenskaya) + distKm(gardenCentre, M.krymsky)) / 2;
	const garden = arc(gardenCentre, gardenKm, 0, 360, 8);
	// Boulevard Ring: a horseshoe about the Kremlin, open to the river on the south, through Pushkin Square and Pokrovsky Boulevard.
	const blvdKm = (distKm(M.kremlin, M.pushkin) + distKm(M.kremlin, M.pokrovsky)) / 2;
	const boulevard = arc(M.kremlin, blvdKm, 240, 480, 10);
	// The Kremlin: a triangle of about 27.5 ha between the river (south), Red Square (east, M23) and the Alexander Garden (west).
	const k = M.kremlin;
	const kremlin: Pt[] = [offset(k, 0.55, 215), offset(k, 0.42, 130), offset(k, 0.5, 345)];
	return [
		feature('moskva', line(moscowRiver()), {
			kind: 'river',
			names: { en: 'Moskva', zh: '莫斯科河', ru: 'Москва-река' },
			sources: ['M1', 'M20', 'M21', 'M22'],
			certainty: 'medium',
			basis: 'WDBII river line (GSHHG full resolution, M1) upstream of Borodinsky bridge and downstream of the Novospassky bend; in the centre, where WDBII is up to 1.5 km off, a line through the Borodinsky (M22), Krymsky (M21) and Bolshoy Kamenny (M20) bridges, the Luzhniki loop and the Kremlin bank estimated'
		}),
		feature('kremlin', polygon(kremlin), {
			kind: 'palace',
			names: { en: 'Kremlin', zh: '克里姆林宫', ru: 'Кремль' },
			sources: ['M12', 'M23', 'S24'],
			certainty: 'low',
			basis: 'schematic: a triangle of about the Kremlin\'s size about its centre coordinate (M12), with its east side along Red Square (St Basil\'s, M23); the corners are estimated'
		}),
		feature('garden-ring', line(garden), {
			kind: 'ring',
			names: { en: 'Garden Ring', zh: '花园环路', ru: 'Садовое кольцо' },
			sources: ['M13', 'M19', 'M21'],
			certainty: 'low',
			basis: 'schematic: a circle of the ring\'s 16 km (M19) through Smolenskaya Square (M13) and the Krymsky bridge (M21); the real ring is an irregular oval'
		}),
		feature('boulevard-ring', line(boulevard), {
			kind: 'ring',
			names: { en: 'Boulevard Ring', zh: '林荫道环路', ru: 'Бульварное кольцо' },
			sources: ['M12', 'M16', 'M17'],
			certainty: 'low',
			basis: 'schematic: an arc about the Kremlin (M12) through Pushkin Square (M16) and Pokrovsky Boulevard (M17), open to the river on the south as the ring is'
		}),
		feature('red-square', point(M.stBasil), { kind: 'square', names: { en: 'Red Square', zh: '红场', ru: 'Красная площадь' }, sources: ['M23'], certainty: 'medium', basis: "St Basil's Cathedral, at the square's south end (M23)" }),
		feature('pushkin-square', point(M.pushkin), { kind: 'square', names: { en: 'Pushkin Square', zh: '普希金广场', ru: 'Пушкинская площадь' }, sources: ['M16'], certainty: 'high', basis: "the square's coordinate (M16); so named since 1937" }),
		fromPlace('bolshoi', 'bolshoi-theatre', 'building', { en: 'Bolshoi Theatre', zh: '莫斯科大剧院', ru: 'Большой театр' }),
		fromPlace('metropol', 'hotel-metropol', 'building', { en: 'Hotel Metropol', zh: '大都会酒店', ru: 'Гостиница «Метрополь»' }),
		fromPlace('grand-kremlin-palace', 'grand-kremlin-palace', 'palace', { en: 'Grand Kremlin Palace', zh: '大克里姆林宫', ru: 'Большой Кремлёвский дворец' }),
		fromPlace('severny-station', 'moscow-yaroslavsky', 'station', { en: 'Severny (Yaroslavsky) station', zh: '北方站（雅罗斯拉夫尔站）', ru: 'Северный (Ярославский) вокзал' }, { note: 'Officially the Severny (Northern) station from 1922 to 1955.' }),
		fromPlace('leningradsky-station', 'moscow-leningradsky', 'station', { en: 'Leningradsky station', zh: '列宁格勒站', ru: 'Ленинградский вокзал' }),
		feature('kazansky-station', point(offset(M.komsomolskaya, 0.2, 150)), { kind: 'station', names: { en: 'Kazansky station', zh: '喀山站', ru: 'Казанский вокзал' }, sources: ['M18'], certainty: 'low', basis: 'estimated: on the south-east side of Komsomolskaya Square, whose coordinate (M18) is that of its metro station' }),
		fromPlace('kievsky-station', 'moscow-kievsky', 'station', { en: 'Kievsky station', zh: '基辅站', ru: 'Киевский вокзал' }),
		fromPlace('kuntsevo-dacha', 'kuntsevo-dacha', 'dacha', { en: 'Near Dacha (Kuntsevo)', zh: '昆采沃别墅', ru: 'Ближняя дача (Кунцево)' }),
		fromPlace('zarechye-dacha', 'zarechye-dacha', 'dacha', { en: 'Zarechye dacha', zh: '扎列奇耶别墅', ru: 'Дача в Заречье' }),
		fromPlace('lipki-dacha', 'lipki-dacha', 'dacha', { en: 'Lipki dacha', zh: '利普基别墅', ru: 'Дача в Липках' })
	];
}

// ------------------------------------------------------------------ Leningrad

const LENINGRAD = {
	admiralty: [30.308576, 59.937601] as Pt, // M14
	lavra: [30.388, 59.921] as Pt // M15
};

function leningrad(): Feature<Geometry, Props>[] {
	const L = LENINGRAD;
	const rivers = JSON.parse(readFileSync(`${repoRoot}geodata/basemap/city-rivers.geojson`, 'utf8')) as FeatureCollection;
	const lines = (rivers.features.find((f) => f.id === 'leningrad-rivers')!.geometry as unknown as { coordinates: Pt[][] }).coordinates;
	// East of the Smolny bend the GSHHG shoreline no longer holds the Neva's banks: the WDBII line carries it on.
	const neva = [...lines].sort((a, b) => b.length - a.length)[0]!.filter((p) => p[0] > 30.365);
	const moskovsky = place('st-petersburg-moskovsky').at;
	return [
		feature('neva', line(neva[0]![0] > neva[neva.length - 1]![0] ? [...neva].reverse() : neva), {
			kind: 'river',
			names: { en: 'Neva', zh: '涅瓦河', ru: 'Нева' },
			sources: ['M1'],
			certainty: 'medium',
			basis: 'WDBII river line (GSHHG full resolution, M1) east of the Smolny bend; downstream the river and its delta are drawn by the GSHHG full-resolution shoreline (coast-neva)'
		}),
		feature('nevsky-prospekt', line([L.admiralty, moskovsky, L.lavra]), {
			kind: 'street',
			names: { en: 'Nevsky Prospekt', zh: '涅瓦大街', ru: 'Невский проспект' },
			sources: ['M14', 'M15', 'S36'],
			certainty: 'medium',
			basis: 'schematic: straight from the Admiralty (M14) to Vosstaniya Square at the Moskovsky station (gazetteer), then to the Alexander Nevsky Lavra (M15), as the avenue runs'
		}),
		feature('admiralty', point(L.admiralty), { kind: 'building', names: { en: 'Admiralty', zh: '海军部大厦', ru: 'Адмиралтейство' }, sources: ['M14'], certainty: 'high', basis: "the building's coordinate (M14)" }),
		feature('alexander-nevsky-lavra', point(L.lavra), { kind: 'building', names: { en: 'Alexander Nevsky Lavra', zh: '亚历山大·涅夫斯基修道院', ru: 'Александро-Невская лавра' }, sources: ['M15'], certainty: 'high', basis: "the monastery's coordinate (M15)" }),
		fromPlace('winter-palace', 'hermitage', 'palace', { en: 'Winter Palace (Hermitage)', zh: '冬宫（艾尔米塔什）', ru: 'Зимний дворец (Эрмитаж)' }),
		fromPlace('moskovsky-station', 'st-petersburg-moskovsky', 'station', { en: 'Moskovsky station', zh: '莫斯科站', ru: 'Московский вокзал' }),
		fromPlace('kirov-works', 'kirov-works', 'works', { en: 'Kirov works', zh: '基洛夫工厂', ru: 'Кировский завод' }, { note: 'The old Putilov plant, renamed after Sergei Kirov in 1934.' }),
		fromPlace('kirov-theatre', 'mariinsky-theatre', 'building', { en: 'Kirov Theatre', zh: '基洛夫剧院', ru: 'Театр имени Кирова' }, { note: 'The Mariinsky, called the Kirov Opera and Ballet Theatre from 1935 to 1992.' })
	];
}

// ------------------------------------------------------------------ context labels

function context(): Feature<Geometry, Props>[] {
	return [
		feature('lake-baikal', point([108.1, 53.6]), { kind: 'lake-label', names: { en: 'Lake Baikal', zh: '贝加尔湖', ru: 'озеро Байкал' }, sources: ['M1'], certainty: 'high', basis: 'placed by hand over the middle of the lake as GSHHG draws it (M1)' }),
		feature('lake-ladoga', point([31.4, 60.85]), { kind: 'lake-label', names: { en: 'Lake Ladoga', zh: '拉多加湖', ru: 'Ладожское озеро' }, sources: ['M1'], certainty: 'high', basis: 'placed by hand over the middle of the lake as GSHHG draws it (M1)', rank: 2 }),
		feature('greater-khingan', line([[119.6, 53.2], [121.2, 51.0], [121.9, 48.8], [120.6, 46.8], [119.3, 45.2]]), {
			kind: 'range',
			names: { en: 'Greater Khingan', zh: '大兴安岭', ru: 'Большой Хинган' },
			sources: ['S46', 'S60'],
			certainty: 'medium',
			basis: 'a label line drawn by hand along the range, which the railway crosses between Zhalantun and Yakeshi (the gazetteer, S60) by the Xing\'an tunnel near Boketu (S46)'
		}),
		feature('ural-mountains', line([[59.3, 61.5], [59.4, 59.6], [59.7, 57.6], [59.4, 55.4], [58.6, 53.2]]), {
			kind: 'range',
			names: { en: 'Ural Mountains', zh: '乌拉尔山脉', ru: 'Уральские горы' },
			sources: ['S21', 'S60'],
			certainty: 'medium',
			basis: 'a label line drawn by hand along the range west of Sverdlovsk (the gazetteer, S60), where the railway crosses it (S21)'
		}),
		feature('korea', point([127.5, 39.5]), { kind: 'country-label', names: { en: 'KOREA', zh: '朝鲜', ru: 'КОРЕЯ' }, sources: ['S34'], certainty: 'high', basis: 'placed by hand in the north of the peninsula; two states since 1948, divided at the 38th parallel' }),
		feature('parallel-38', line([[124.6, 38], [129.0, 38]]), {
			kind: 'parallel',
			names: { en: '38th parallel', zh: '三八线', ru: '38-я параллель' },
			sources: ['S34'],
			certainty: 'high',
			basis: 'the parallel itself, 38°N, across the peninsula; the 1945-50 dividing line of Korea (S34)'
		}),
		feature('bohai', point([119.8, 38.9]), { kind: 'sea-label', names: { en: 'Gulf of Chihli (Bohai)', zh: '渤海', ru: 'Бохайский залив' }, sources: ['M1'], certainty: 'high', basis: 'placed by hand in the gulf as GSHHG draws it (M1); Gulf of Chihli on most foreign maps of 1949' }),
		feature('yellow-sea', point([123.4, 36.2]), { kind: 'sea-label', names: { en: 'Yellow Sea', zh: '黄海', ru: 'Жёлтое море' }, sources: ['M1'], certainty: 'high', basis: 'placed by hand in the sea' }),
		feature('korea-bay', point([123.6, 39.2]), { kind: 'sea-label', names: { en: 'Korea Bay', zh: '西朝鲜湾', ru: 'Западно-Корейский залив' }, sources: ['M1'], certainty: 'high', basis: 'placed by hand in the bay as GSHHG draws it (M1)', rank: 2 }),
		feature('gulf-of-finland', point([26.6, 59.85]), { kind: 'sea-label', names: { en: 'Gulf of Finland', zh: '芬兰湾', ru: 'Финский залив' }, sources: ['M1'], certainty: 'high', basis: 'placed by hand in the gulf as GSHHG draws it (M1)' }),
		feature('sea-of-japan', point([134.5, 40.5]), { kind: 'sea-label', names: { en: 'Sea of Japan', zh: '日本海', ru: 'Японское море' }, sources: ['M1'], certainty: 'high', basis: 'placed by hand in the sea', rank: 2 })
	];
}

function write(file: string, features: Feature<Geometry, Props>[], extra: Record<string, unknown> = {}): void {
	const json = `{"type":"FeatureCollection",${Object.entries(extra).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)},`).join('')}"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
	writeFileSync(`${repoRoot}${file}`, json);
	console.log(`${file}: ${features.length} features, ${(json.length / 1024).toFixed(1)} KB`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	mkdirSync(`${repoRoot}geodata/cities`, { recursive: true });
	const note = 'Schematic plan for 1949-50: positions from the sources each feature cites; shapes simplified (see each feature\'s basis).';
	write('geodata/cities/peiping.geojson', peiping(), { city: { id: 'peiping', names: { en: 'Peiping', zh: '北平', ru: 'Бэйпин' }, note } });
	write('geodata/cities/moscow.geojson', moscow(), { city: { id: 'moscow', names: { en: 'Moscow', zh: '莫斯科', ru: 'Москва' }, note } });
	write('geodata/cities/leningrad.geojson', leningrad(), { city: { id: 'leningrad', names: { en: 'Leningrad', zh: '列宁格勒', ru: 'Ленинград' }, note } });
	write('geodata/basemap/context.geojson', context());
}


