// What a page drew and loaded before its first full map render: WebGL frames, draw calls, programs and font files, from the record the in-page counters keep (bench/first-render.ts).

/** One frame drawn to a WebGL canvas: when it was cleared (ms from navigation) and how many draw calls it made. */
export interface GlFrame {
	t: number;
	draws: number;
}

/** What the in-page counters recorded, ms from navigation. */
export interface FirstRenderRecord {
	frames: GlFrame[];
	/** When each WebGL program was linked, and how long the link call blocked. */
	programs: { t: number; ms: number }[];
	/** Font files the page fetched: address and start. */
	fonts: { url: string; t: number }[];
}

export interface FirstRenderCounts {
	/** Frames drawn before the first full render, that one included. */
	frames: number;
	/** Draw calls in those frames. */
	draws: number;
	/** Draw calls in the first full frame itself. */
	lastFrameDraws: number;
	programs: number;
	/** ms the link calls blocked the main thread. */
	programMs: number;
	/** Font files fetched; a file fetched twice counts twice. */
	fontFetches: number;
	/** Files fetched more than once. */
	fontRefetches: number;
}

/** Counts what came before `renderMs`; the first full frame is the last frame that started by then. */
export function countsBefore(record: FirstRenderRecord, renderMs: number): FirstRenderCounts {
	if (!Number.isFinite(renderMs)) throw new Error(`countsBefore: renderMs must be a number of ms, got ${renderMs}`);
	const frames = record.frames.filter((f) => f.t <= renderMs);
	const programs = record.programs.filter((p) => p.t <= renderMs);
	const fonts = record.fonts.filter((f) => f.t <= renderMs);
	const seen = new Map<string, number>();
	for (const f of fonts) seen.set(f.url, (seen.get(f.url) ?? 0) + 1);
	return {
		frames: frames.length,
		draws: frames.reduce((n, f) => n + f.draws, 0),
		lastFrameDraws: frames.at(-1)?.draws ?? 0,
		programs: programs.length,
		programMs: programs.reduce((n, p) => n + p.ms, 0),
		fontFetches: fonts.length,
		fontRefetches: [...seen.values()].filter((n) => n > 1).length
	};
}
