// Validation of the gazetteer (places.geojson) and the bibliography (sources.json).
import { placeFeature, placesFile, source, sourcesFile, type PlaceFeature, type Source } from './schema';
import { fieldOf, type GeodataIssue } from './errors';
import { parseInstant } from './dates';

export function validateSources(file: string, raw: unknown, issues: GeodataIssue[]): Map<string, Source> {
	const out = new Map<string, Source>();
	const top = sourcesFile.safeParse(raw);
	if (!top.success) {
		for (const i of top.error.issues) issues.push({ file, field: fieldOf(i.path), message: i.message });
		return out;
	}
	top.data.sources.forEach((s, index) => {
		const r = source.safeParse(s);
		if (!r.success) {
			for (const i of r.error.issues) issues.push({ file, field: fieldOf(i.path, `sources[${index}]`), message: i.message });
			return;
		}
		if (out.has(r.data.id)) issues.push({ file, field: `sources[${index}].id`, message: `duplicate source id "${r.data.id}"` });
		out.set(r.data.id, r.data);
	});
	return out;
}

export function validatePlaces(
	file: string,
	raw: unknown,
	sources: ReadonlyMap<string, Source>,
	issues: GeodataIssue[]
): Map<string, PlaceFeature> {
	const out = new Map<string, PlaceFeature>();
	const top = placesFile.safeParse(raw);
	if (!top.success) {
		for (const i of top.error.issues) issues.push({ file, field: fieldOf(i.path), message: i.message });
		return out;
	}
	top.data.features.forEach((f, featureIndex) => {
		const featureId = typeof (f as { id?: unknown })?.id === 'string' ? (f as { id: string }).id : undefined;
		const at = { file, featureIndex, featureId };
		const r = placeFeature.safeParse(f);
		if (!r.success) {
			for (const i of r.error.issues) issues.push({ ...at, field: fieldOf(i.path), message: i.message });
			return;
		}
		const p = r.data;
		if (out.has(p.id)) issues.push({ ...at, field: 'id', message: `duplicate place id "${p.id}"` });
		p.properties.sources.forEach((s, k) => {
			if (!sources.has(s)) issues.push({ ...at, field: `properties.sources[${k}]`, message: `unknown source id "${s}" (not in sources.json)` });
		});
		p.properties.periodNames?.forEach((n, k) => {
			for (const key of ['from', 'until'] as const) {
				const v = n[key];
				if (v === undefined) continue;
				try {
					parseInstant(v, p.properties.utcOffset);
				} catch (err) {
					issues.push({ ...at, field: `properties.periodNames[${k}].${key}`, message: (err as Error).message });
				}
			}
		});
		out.set(p.id, p);
	});
	return out;
}
