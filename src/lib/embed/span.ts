// Pure: the part of the journey an embed shows, as a span of u = chapter index + progress (story/position), and where its steps land.
import type { Story } from '../story/scene';
import { seek } from '../story/seek';
import { unitOf } from '../story/position';
import { parseInstant } from '../data/dates';

/** The stretch of u the embed shows; setProgress and the scrubber run over it from 0 to 1. */
export interface Span {
	start: number;
	end: number;
	/** Chapters that stand still (at one stop, no time passing): a step never ends on one, or the first press would change nothing. */
	still?: readonly boolean[];
}

const EPS = 1e-6;
const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : Number.isFinite(x) ? x : lo);

/** The whole journey, or the part between two dates (ISO days at local noon of the journey's first stop). */
export function spanOf(story: Story, from: string | null, to: string | null): Span {
	const n = story.chapters.length;
	const first = story.chapters.find((c) => c.journey)?.journey;
	const offset = first ? (story.places.get(story.journeys.get(first)?.stops[0]?.place ?? '')?.utcOffset ?? '+00:00') : '+00:00';
	const at = (date: string | null, fallback: number) => {
		if (!date) return fallback;
		try {
			return clamp(unitOf(seek(story, parseInstant(date, offset).ms)), 0, n);
		} catch {
			return fallback;
		}
	};
	const start = at(from, 0);
	const end = at(to, n);
	const still = story.chapters.map((c) => c.kmTo === c.kmFrom && !(c.tTo > c.tFrom));
	return end >= start ? { start, end, still } : { start, end: n, still };
}

export const clampToSpan = (span: Span, u: number) => clamp(u, span.start, span.end);

export function progressOf(span: Span, u: number): number {
	return span.end > span.start ? (clampToSpan(span, u) - span.start) / (span.end - span.start) : 0;
}

export function unitAt(span: Span, progress: number): number {
	return span.start + clamp(progress, 0, 1) * (span.end - span.start);
}

/** Where the step buttons land: the span's ends and the end of every chapter inside it that moves, so each step plays one chapter. */
export function stops(span: Span): number[] {
	const out = [span.start];
	for (let k = Math.floor(span.start) + 1; k < span.end - EPS; k++) if (k > span.start + EPS && !span.still?.[k - 1]) out.push(k);
	if (span.end > span.start + EPS) out.push(span.end);
	return out;
}

/** The next stop after u (dir 1) or before it (dir -1); null at the span's ends. */
export function stepFrom(span: Span, u: number, dir: 1 | -1): number | null {
	const s = stops(span);
	if (dir > 0) return s.find((x) => x > u + EPS) ?? null;
	for (let i = s.length - 1; i >= 0; i--) if (s[i]! < u - EPS) return s[i]!;
	return null;
}
