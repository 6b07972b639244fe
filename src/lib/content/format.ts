// The chapter format: the YAML header of the content files in src/content/<lang>/chapters, validated by zod.
import { z } from 'zod';

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

/** A title or caption: text, not only spaces. */
const text = z.string().trim().min(1, 'must not be empty or only spaces');

export const chapterFrontmatter = z
	.object({
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug'),
		title: text,
		dates: text,
		journey: z.string().optional(),
		/** A stop id of the journey, or an ISO date/date-time. */
		from: z.string().optional(),
		to: z.string().optional(),
		/** A stop id: the chapter stands at that point of its journey (an overview before a departure, say) instead of covering a stretch. */
		at: z.string().optional(),
		scrub: z.enum(['distance', 'time']).default('distance'),
		camera: cameraHint,
		/** For a chapter without a journey: the date it is about (ISO), which places it on the timeline. */
		date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date, YYYY-MM-DD').optional(),
		/** An optional picture; it must be bundled with the site (a path under static/), never fetched from elsewhere. */
		/** In a translation: the version of the English file it translates (src/lib/content/sync.ts). */
		translates: z.string().regex(/^[0-9a-f]{16}$/, 'must be the 16 hex digits npm run i18n:status names').optional(),
		image: z
			.object({
				src: z.string().regex(/^\/[^/]/, 'must be a path on this site, such as /images/x.jpg (no other hosts)'),
				alt: text,
				caption: z.string().optional(),
				credit: text
			})
			.strict()
			.optional()
	})
	.strict();

export type ChapterFrontmatter = z.infer<typeof chapterFrontmatter>;
export type CameraHint = z.infer<typeof cameraHint>;

/** A chapter as the engine and the story page's data know it: everything but its text. */
export interface ChapterMeta extends ChapterFrontmatter {
	/** The content file it came from, for error messages. */
	file: string;
}

export interface ChapterContent extends ChapterMeta {
	/** Rendered HTML of the chapter text. */
	html: string;
}
