// Validation of one events file: dated notes at places (no route), such as the postponed trips of 1947–48.
import { eventFeature, eventsFile, type EventFeature, type EventsMeta, type PlaceFeature, type Source } from './schema';
import { fieldOf, type GeodataIssue } from './errors';
import { checkPlaced, checkSource } from './validate-common';
import { parseInstant } from './dates';

export interface ValidEvents {
	file: string;
	meta: EventsMeta;
	events: EventFeature[];
}

export function validateEvents(
	file: string,
	raw: unknown,
	places: ReadonlyMap<string, PlaceFeature>,
	sources: ReadonlyMap<string, Source>,
	issues: GeodataIssue[]
): ValidEvents | undefined {
	const before = issues.length;
	const top = eventsFile.safeParse(raw);
	if (!top.success) {
		for (const i of top.error.issues) issues.push({ file, field: fieldOf(i.path), message: i.message });
		return undefined;
	}
	const meta = top.data.collection;
	if (file.split('/').pop() !== `${meta.id}.geojson`) issues.push({ file, field: 'collection.id', message: `"${meta.id}" does not match the file name; expected ${meta.id}.geojson` });
	const events: EventFeature[] = [];
	const ids = new Set<string>();
	let prev: { lo: number; text: string; id: string } | undefined;
	top.data.features.forEach((f, index) => {
		const rawId = (f as { id?: unknown } | null)?.id;
		const at = { file, featureIndex: index, featureId: typeof rawId === 'string' ? rawId : undefined };
		const r = eventFeature.safeParse(f);
		if (!r.success) {
			for (const i of r.error.issues) issues.push({ ...at, field: fieldOf(i.path), message: i.message });
			return;
		}
		const e = r.data;
		if (ids.has(e.id)) issues.push({ ...at, field: 'id', message: `duplicate feature id "${e.id}"` });
		ids.add(e.id);
		e.properties.sources.forEach((s, k) => checkSource(sources, s, { ...at, field: `properties.sources[${k}]` }, issues));
		checkPlaced(e, places, sources, at, issues);
		const offset = places.get(e.properties.place)?.properties.utcOffset ?? '+00:00';
		const span: number[] = [];
		for (const field of ['start', 'end'] as const) {
			const text = e.properties[field];
			if (!text) continue;
			try {
				span.push(parseInstant(text, offset).ms);
			} catch (err) {
				issues.push({ ...at, field: `properties.${field}`, message: (err as Error).message });
			}
		}
		if (span.length === 2 && span[1]! < span[0]!) issues.push({ ...at, field: 'properties.end', message: `${e.properties.end} is before the start, ${e.properties.start}` });
		// A date without a time covers its whole local day.
		const lo = span[0] === undefined ? undefined : span[0] - (e.properties.start.length === 10 ? 12 * 3600_000 : 0);
		if (lo !== undefined) {
			const hi = lo + (e.properties.start.length === 10 ? 24 * 3600_000 : 0);
			if (prev && hi < prev.lo) issues.push({ ...at, field: 'properties.start', message: `${e.properties.start} is earlier than ${prev.text} (event "${prev.id}"): list events in date order` });
			prev = { lo, text: e.properties.start, id: e.id };
		}
		events.push(e);
	});
	return issues.length === before ? { file, meta, events } : undefined;
}
