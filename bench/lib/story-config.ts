// Build time (Node): the comparison pages' config from the project's own data: chapters, each chapter's camera from the story's scene(), the route lines and the place labels.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { parseChapters } from '../../src/lib/content/parse';
import { buildStory } from '../../src/lib/content/build';
import { scene, type Story } from '../../src/lib/story/scene';
import { PHONE_MAX_WIDTH, viewportFor } from '../../src/lib/stage/viewport';
import type { Geodata } from '../../src/lib/data/types';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHAPTER_DIR = join(ROOT, 'src/content/en/chapters');
export const GEODATA = join(ROOT, 'src/lib/generated/geodata.json');

export interface BenchCamera {
	center: [number, number];
	zoom: number;
	bearing: number;
	pitch: number;
	padding: { top: number; right: number; bottom: number; left: number };
}

type Layout = 'desktop' | 'phone';

/** What both pages need for the map (the bare page ships only this). */
export interface BenchMapConfig {
	/** Per layout: the story's first camera (chapter 0 at progress 0). */
	first: Record<Layout, BenchCamera>;
	/** Below this width the pages use the phone cameras (the story's own breakpoint). */
	phoneMaxWidth: number;
	/** Place labels as the story's style expects them (`label<epoch>` and `rank`). */
	places: FeatureCollection<Point>;
	epoch: number;
}

/** What the step page adds. */
export interface BenchStepConfig {
	title: string;
	subtitle: string;
	chapters: { id: string; title: string; dates: string; html: string }[];
	/** Per layout: each chapter's camera at its progress 1. */
	cameras: Record<Layout, BenchCamera[]>;
	/** Every leg of every journey, whole. */
	routes: FeatureCollection<LineString, { journey: string; certainty: string }>;
}

export interface BenchConfig {
	map: BenchMapConfig;
	step: BenchStepConfig;
}

/** Where text covers the map, exactly as the story frames its camera (the stage's own layout). */
const padding = (w: number, h: number) => viewportFor('story', w, h).padding;

/** The layouts measured: the bench's desktop window and Lighthouse's mobile screen (Moto G Power, 412×823). */
export const LAYOUTS = { desktop: { width: 1440, height: 900 }, phone: { width: 412, height: 823 } } as const;

/** Place labels: the story's own (src/lib/map/labels.ts) when it still exports them, else a plain name + local name per place. */
async function placeLabels(story: Story, geodata: Geodata, time: number | null): Promise<{ places: FeatureCollection<Point>; epoch: number }> {
	try {
		const m = (await import('../../src/lib/map/labels')) as Partial<typeof import('../../src/lib/map/labels')>;
		if (m.labelFeatures && m.epochAt && m.STORY_DATE !== undefined) {
			const l = m.labelFeatures(story.places);
			return { places: l.features, epoch: m.epochAt(l.boundaries, time ?? m.STORY_DATE) };
		}
	} catch {
		/* the story moved its labels: fall back */
	}
	const features: Feature<Point>[] = geodata.places
		.filter((p) => p.kind === 'city' || p.kind === 'town')
		.map((p) => {
			const names = p.names as Record<string, string>;
			const local = p.localLang ? names[p.localLang] : undefined;
			return { type: 'Feature', geometry: { type: 'Point', coordinates: p.lngLat }, properties: { rank: p.rank ?? 2, label0: local && local !== names.en ? `${names.en}\n${local}` : names.en } };
		});
	return { places: { type: 'FeatureCollection', features }, epoch: 0 };
}

export async function benchConfig(): Promise<BenchConfig> {
	const geodata = JSON.parse(readFileSync(GEODATA, 'utf8')) as Geodata;
	const files = Object.fromEntries(
		readdirSync(CHAPTER_DIR)
			.filter((f) => f.endsWith('.md'))
			.map((f) => [join(CHAPTER_DIR, f), readFileSync(join(CHAPTER_DIR, f), 'utf8')])
	);
	const content = parseChapters(files, new Map(geodata.sources.map((s) => [s.id, s])));
	const story = buildStory(geodata, content);
	const cam = (layout: Layout, i: number, p: number): BenchCamera => {
		const { width, height } = LAYOUTS[layout];
		const vp = { width, height, padding: padding(width, height) };
		const c = scene(story, { index: i, progress: p }, vp).camera;
		return { center: [c.center[0], c.center[1]], zoom: c.zoom, bearing: c.bearing, pitch: c.pitch, padding: vp.padding };
	};
	const perLayout = <T>(f: (layout: Layout) => T): Record<Layout, T> => ({ desktop: f('desktop'), phone: f('phone') });
	const routes: BenchStepConfig['routes'] = {
		type: 'FeatureCollection',
		features: geodata.journeys.flatMap((j) =>
			j.legs.map((leg) => ({
				type: 'Feature' as const,
				geometry: { type: 'LineString' as const, coordinates: j.coords.slice(leg.start, leg.end + 1) },
				properties: { journey: j.id, certainty: leg.certainty }
			}))
		)
	};
	return {
		map: {
			first: perLayout((l) => cam(l, 0, 0)),
			phoneMaxWidth: PHONE_MAX_WIDTH,
			...(await placeLabels(story, geodata, scene(story, { index: 0, progress: 0 }, { width: 1440, height: 900, padding: padding(1440, 900) }).time))
		},
		step: {
			title: 'The road to the treaty, 1945–1950',
			subtitle: 'The journeys behind the Sino-Soviet treaty of 14 February 1950: scroll, and the map travels with the story.',
			chapters: content.map((c) => ({ id: c.id, title: c.title, dates: c.dates, html: c.html })),
			cameras: perLayout((l) => story.chapters.map((_, i) => cam(l, i, 1))),
			routes
		}
	};
}
