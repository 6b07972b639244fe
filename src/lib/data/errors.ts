// Geodata errors that name the file, the feature (index and id) and the field.

export interface GeodataIssue {
	file: string;
	featureIndex?: number;
	featureId?: string;
	field: string;
	message: string;
}

export function formatIssue(e: GeodataIssue): string {
	const feature =
		e.featureIndex === undefined ? '' : ` feature #${e.featureIndex}${e.featureId ? ` (id "${e.featureId}")` : ''}:`;
	return `${e.file}:${feature} ${e.field}: ${e.message}`;
}

export class GeodataError extends Error {
	constructor(readonly issues: GeodataIssue[]) {
		super(`${issues.length} geodata error(s):\n${issues.map(formatIssue).join('\n')}`);
		this.name = 'GeodataError';
	}
}

/** zod issue path → "properties.arrive" style field name. */
export function fieldOf(path: readonly PropertyKey[], prefix = ''): string {
	const parts = path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)));
	const joined = parts.join('.').replace(/\.\[/g, '[');
	return prefix ? (joined ? `${prefix}.${joined}`.replace(/\.\[/g, '[') : prefix) : joined || '(root)';
}

/** Parses JSON text, reporting a syntax error as an issue on the file. A byte-order mark (some Windows editors write one) is accepted. */
export function parseJson(file: string, text: string, issues: GeodataIssue[]): unknown {
	try {
		return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (err) {
		issues.push({ file, field: '(file)', message: `not valid JSON: ${(err as Error).message}` });
		return undefined;
	}
}
