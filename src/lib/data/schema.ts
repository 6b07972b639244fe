// Data contract v1 for geodata/: zod schemas for journeys, the gazetteer and the bibliography, with TypeScript types derived from them.
import { z } from 'zod';

/** Latitude/longitude position, RFC 7946 order: [lon, lat]. */
const position = z
	.array(z.number())
	.min(2, 'a position is [longitude, latitude]')
	.max(3, 'a position is [longitude, latitude] or [longitude, latitude, altitude] (RFC 7946 §3.1.1)')
	.superRefine((p, ctx) => {
		const [lon, lat] = p as [number, number];
		const swapped = Math.abs(lat) > 90 && Math.abs(lon) <= 90;
		if (swapped) ctx.addIssue({ code: 'custom', message: `latitude ${lat} is out of range: longitude and latitude look swapped (GeoJSON is [longitude, latitude])` });
		else if (Math.abs(lat) > 90) ctx.addIssue({ code: 'custom', path: [1], message: `latitude ${lat} is out of range (-90..90)` });
		if (Math.abs(lon) > 180) ctx.addIssue({ code: 'custom', path: [0], message: `longitude ${lon} is out of range (-180..180)` });
	});

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, hyphens)');

/** "1949-12-09" or "1949-12-16T12:00+03:00": a date, or a date-time that carries its UTC offset. */
export const isoDateOrDateTime = z
	.string()
	.regex(
		/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?$/,
		'must be an ISO 8601 date (YYYY-MM-DD) or a date-time with its UTC offset (YYYY-MM-DDTHH:MM+HH:MM)'
	);

const utcOffset = z.string().regex(/^[+-]\d{2}:\d{2}$/, 'must be a UTC offset such as +08:00');

/** RFC 7946 dropped `crs`: coordinates are always WGS 84 longitude, latitude. */
const noCrs = z.never({ message: 'RFC 7946 has no "crs" member: coordinates are always WGS 84 [longitude, latitude]' }).optional();

const sourceIds = z.array(z.string().min(1)).min(1, 'must cite at least one source id');

/** Text a reader sees: not empty, and not only spaces. */
const text = z.string().regex(/\S/, 'must not be empty or only spaces');

const localized = z.object({ en: text, zh: text, ru: text });

export const stopCertainty = z.enum(['confirmed', 'probable', 'uncertain', 'disputed', 'interpolated']);
export const legCertainty = z.enum(['documented', 'probable', 'inferred']);
export const mode = z.enum(['rail', 'air', 'road', 'sea']);

/** Other places the sources give, for a disputed stop or event. */
const alternatives = z.array(z.object({ place: slug, sources: sourceIds, note: z.string().optional() })).optional();

export const stopProperties = z
	.object({
		kind: z.literal('stop'),
		place: slug,
		arrive: isoDateOrDateTime.optional(),
		depart: isoDateOrDateTime.optional(),
		certainty: stopCertainty,
		sources: sourceIds,
		note: z.string().optional(),
		alternatives
	})
	.strict();

export const legProperties = z
	.object({
		kind: z.literal('leg'),
		from: slug,
		to: slug,
		mode,
		certainty: legCertainty,
		geometryBasis: z.string().min(1),
		sources: sourceIds,
		note: z.string().optional()
	})
	.strict();

/** A leg with more positions than this is a tracing to simplify, not a route to draw (and a browser would struggle with it). */
export const MAX_LEG_POSITIONS = 20_000;

const point = z.object({ type: z.literal('Point'), coordinates: position });
const lineString = z.object({
	type: z.literal('LineString'),
	coordinates: z.array(position).min(2).max(MAX_LEG_POSITIONS, `has more than ${MAX_LEG_POSITIONS} positions: simplify the line (mapshaper, or fewer points from its source)`)
});

/** A GeoJSON Feature with a slug id, the given geometry and properties. */
const feature = <G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) =>
	z.object({ type: z.literal('Feature'), id: slug, geometry, properties });

export const stopFeature = feature(point, stopProperties);
export const legFeature = feature(lineString, legProperties);

export const journeyMeta = z
	.object({
		id: slug,
		title: text,
		travellers: text,
		summary: text,
		sources: sourceIds
	})
	.strict();

export const eventProperties = z
	.object({
		kind: z.literal('event'),
		place: slug,
		title: text,
		/** A short name for the map (the title is a sentence): "Bolshoi Theatre", "Treaty signed". */
		label: text.max(40).optional(),
		start: isoDateOrDateTime,
		end: isoDateOrDateTime.optional(),
		certainty: stopCertainty.exclude(['interpolated']),
		sources: sourceIds,
		note: z.string().optional(),
		alternatives
	})
	.strict();

export const eventFeature = feature(point, eventProperties);

export const eventsMeta = z.object({ id: slug, title: text, summary: text }).strict();

export const eventsFile = z.object({
	type: z.literal('FeatureCollection'),
	crs: noCrs,
	collection: eventsMeta,
	features: z.array(z.unknown()).min(1)
});

export const journeyFile = z.object({
	type: z.literal('FeatureCollection'),
	crs: noCrs,
	journey: journeyMeta,
	features: z.array(z.unknown()).min(2)
});

export const periodName = z
	.object({
		en: z.string().optional(),
		zh: z.string().optional(),
		ru: z.string().optional(),
		from: isoDateOrDateTime.optional(),
		until: isoDateOrDateTime.optional(),
		note: z.string().optional()
	})
	.strict();

export const placeProperties = z
	.object({
		names: localized,
		periodNames: z.array(periodName).optional(),
		kind: z.string().min(1),
		basis: z.enum(['GN', 'WP', 'EST', 'GN-proxy']),
		certainty: z.enum(['high', 'medium', 'low']),
		utcOffset,
		sources: sourceIds,
		note: z.string().optional()
	})
	.strict();

export const placeFeature = feature(point, placeProperties);

export const placesFile = z.object({
	type: z.literal('FeatureCollection'),
	crs: noCrs,
	features: z.array(z.unknown())
});

export const source = z
	.object({
		id: z.string().min(1),
		citation: text,
		kind: z.string().min(1),
		url: z
			.string()
			.url()
			.refine((u) => /^https?:\/\//i.test(u), 'must be an http:// or https:// address (it becomes a link)')
			.optional()
	})
	.strict();

export const sourcesFile = z.object({ sources: z.array(z.unknown()) });

export type StopFeature = z.infer<typeof stopFeature>;
export type EventFeature = z.infer<typeof eventFeature>;
export type EventsMeta = z.infer<typeof eventsMeta>;
export type LegFeature = z.infer<typeof legFeature>;
export type JourneyMeta = z.infer<typeof journeyMeta>;
export type PlaceFeature = z.infer<typeof placeFeature>;
export type Source = z.infer<typeof source>;
export type Mode = z.infer<typeof mode>;
export type StopCertainty = z.infer<typeof stopCertainty>;
export type LegCertainty = z.infer<typeof legCertainty>;
export type Localized = z.infer<typeof localized>;
export type PeriodName = z.infer<typeof periodName>;
