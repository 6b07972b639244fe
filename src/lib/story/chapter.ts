// The chapter format (content files in src/content/en/chapters) and its validation against the journeys it animates.
import { z } from 'zod';
import type { Journey } from './journey';
import { kmAtTime, timeAtKm } from '../geo/timeline';
import { parseInstant } from '../geo/dates';

const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const cameraHint = z.discriminatedUnion('mode', [
	z.object({ mode: z.literal('follow'), zoom: z.number().min(0).max(18), pitch: z.number().min(0).max(60).default(0), bearing: z.number().default(0) }).strict(),
	z
		.object({
			mode: z.literal('fit'),
			maxZoom: z.number().min(0).max(18).default(9),
			/** Frame the chapter's stretch of the journey (default) or the whole journey. */
			extent: z.enum(['stretch', 'journey']).default('stretch')
		})
		.strict(),
	z.object({ mode: z.literal('fixed'), center: lngLat, zoom: z.number().min(0).max(18), pitch: z.number().min(0).max(60).default(0), bearing: z.number().default(0) }).strict()
]);

export const chapterFrontmatter = z
	.object({
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug'),
		title: z.string().min(1),
		dates: z.string().min(1),
		journey: z.string().optional(),
		/** A stop id of the journey, or an ISO date/date-time. */
		from: z.string().optional(),
		to: z.string().optional(),
		scrub: z.enum(['distance', 'time']).default('distance'),
		camera: cameraHint,
		/** For a chapter without a journey: the date it is about (ISO), which places it on the timeline. */
		date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date, YYYY-MM-DD').optional(),
		/** An optional picture; it must be bundled with the site (a path under static/), never fetched from elsewhere. */
		image: z
			.object({
				src: z.string().regex(/^\/[^/]/, 'must be a path on this site, such as /images/x.jpg (no other hosts)'),
				alt: z.string().min(1),
				caption: z.string().optional(),
				credit: z.string().min(1)
			})
			.strict()
			.optional()
	})
	.strict();

export type ChapterFrontmatter = z.infer<typeof chapterFrontmatter>;
export type CameraHint = z.infer<typeof cameraHint>;

export interface ChapterContent extends ChapterFrontmatter {
	/** Rendered HTML of the chapter text. */
	html: string;
	/** The content file it came from, for error messages. */
	file: string;
}

/** A chapter tied to its journey: the stretch it covers, in km along the route. */
export interface Chapter extends ChapterContent {
	kmFrom: number;
	kmTo: number;
	/** The time window, epoch ms: used when the chapter scrubs by time. */
	tFrom: number;
	tTo: number;
}

/** Resolves `from`/`to` (stop ids or dates) to km. Throws an error naming the file and field. */
export function resolveChapter(c: ChapterContent, journeys: ReadonlyMap<string, Journey>, offsetOf: (place: string) => string): Chapter {
	if (!c.journey) {
		if (c.from || c.to) throw new Error(`${c.file}: from/to: a chapter without a journey cannot have from or to`);
		const t = c.date ? Date.parse(`${c.date}T12:00:00Z`) : Number.NaN;
		return { ...c, kmFrom: 0, kmTo: 0, tFrom: t, tTo: t };
	}
	const j = journeys.get(c.journey);
	if (!j) throw new Error(`${c.file}: journey: unknown journey "${c.journey}" (known: ${[...journeys.keys()].join(', ')})`);
	const resolve = (field: 'from' | 'to', value: string | undefined): { km: number; t: number } => {
		if (value === undefined) return field === 'from' ? { km: 0, t: j.anchors[0]!.t } : { km: j.line.totalKm, t: timeAtKm(j.anchors, j.line.totalKm) };
		const k = j.stops.findIndex((s) => s.id === value);
		if (k >= 0) {
			const km = j.stopKm[k]!;
			// A chapter that starts at a stop starts as the vehicle leaves it; one that ends there, as it arrives.
			const t = field === 'from' ? (j.stops[k]!.depart?.ms ?? timeAtKm(j.anchors, km)) : timeAtKm(j.anchors, km);
			return { km, t };
		}
		if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
			try {
				const t = parseInstant(value, offsetOf(j.stops[0]!.place)).ms;
				return { km: kmAtTime(j.anchors, t), t };
			} catch (err) {
				throw new Error(`${c.file}: ${field}: ${(err as Error).message}`);
			}
		}
		throw new Error(`${c.file}: ${field}: "${value}" is neither a stop of journey "${j.id}" nor an ISO date`);
	};
	const from = resolve('from', c.from);
	const to = resolve('to', c.to);
	if (to.t < from.t || to.km < from.km) throw new Error(`${c.file}: to: "${c.to}" comes before "${c.from}" on journey "${j.id}"`);
	return { ...c, kmFrom: from.km, kmTo: to.km, tFrom: from.t, tTo: to.t };
}
