// Places text labels on a chapter map without overlaps: each label tries four sides of its point, or is left out.
import { esc, num } from './path-data';

export interface LabelRequest {
	x: number;
	y: number;
	/** First line, and an optional smaller second line (e.g. "now Yekaterinburg"). */
	text: string;
	sub?: string;
	bold?: boolean;
	/** Distance from the point to the text, px: the marker's radius plus a gap. */
	gap: number;
	/** A name centred on its point (country names), with extra px between letters; no other position is tried. */
	centred?: { tracking: number };
}

type Rect = [number, number, number, number];

export const SIZE = 12;
const SUB_SIZE = 10;
/** Average advance of Noto Sans (bold a little wider), as a share of the font size: enough to keep boxes honest. */
const ADVANCE = 0.56;
const ADVANCE_BOLD = 0.6;
const EDGE = 3;

/** Chinese characters and full-width punctuation take a whole em; other letters about `advance` of one. */
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u;
const ems = (text: string, advance: number) => [...text].reduce((n, c) => n + (WIDE.test(c) ? 1 : advance), 0);

const overlaps = (a: Rect, b: Rect) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Right, left, above, below, then the four corners: the order map makers try, so names read after their dots. */
function candidates(r: LabelRequest, w: number, h: number): { rect: Rect; x: number; y: number; anchor: string }[] {
	const g = r.gap;
	// y is the first line's baseline; the box spans h from about 0.8 em above it.
	const top = (cy: number) => cy - h / 2;
	const base = (t: number) => t + SIZE * 0.85;
	if (r.centred) return [{ rect: [r.x - w / 2, top(r.y), r.x + w / 2, top(r.y) + h], x: r.x, y: base(top(r.y)), anchor: 'middle' }];
	return [
		{ rect: [r.x + g, top(r.y), r.x + g + w, top(r.y) + h], x: r.x + g, y: base(top(r.y)), anchor: 'start' },
		{ rect: [r.x - g - w, top(r.y), r.x - g, top(r.y) + h], x: r.x - g, y: base(top(r.y)), anchor: 'end' },
		{ rect: [r.x - w / 2, r.y - g - h, r.x + w / 2, r.y - g], x: r.x, y: base(r.y - g - h), anchor: 'middle' },
		{ rect: [r.x - w / 2, r.y + g, r.x + w / 2, r.y + g + h], x: r.x, y: base(r.y + g), anchor: 'middle' },
		{ rect: [r.x, r.y + g, r.x + w, r.y + g + h], x: r.x, y: base(r.y + g), anchor: 'start' },
		{ rect: [r.x, r.y - g - h, r.x + w, r.y - g], x: r.x, y: base(r.y - g - h), anchor: 'start' },
		{ rect: [r.x - w, r.y + g, r.x, r.y + g + h], x: r.x, y: base(r.y + g), anchor: 'end' },
		{ rect: [r.x - w, r.y - g - h, r.x, r.y - g], x: r.x, y: base(r.y - g - h), anchor: 'end' }
	];
}

/**
 * Greedy placement in request order (put the most important first). `taken` holds boxes already
 * used (markers); placed labels are added to it. `avoid` holds boxes a label should rather not
 * cover (the route): a spot clear of them wins, else the first spot clear of `taken`.
 * Returns one `<text>` per request, or '' where no spot was free.
 */
export function placeLabels(requests: readonly LabelRequest[], taken: Rect[], width: number, height: number, avoid: readonly Rect[] = []): string[] {
	const out: string[] = [];
	for (const r of requests) {
		const adv = r.bold ? ADVANCE_BOLD : ADVANCE;
		const w = Math.max(ems(r.text, adv) * SIZE + [...r.text].length * (r.centred?.tracking ?? 0), ems(r.sub ?? '', ADVANCE) * SUB_SIZE);
		const h = SIZE * 1.2 + (r.sub && r.sub !== r.text ? SUB_SIZE * 1.2 : 0);
		const fits = (c: Rect) => c[0] >= EDGE && c[1] >= EDGE && c[2] <= width - EDGE && c[3] <= height - EDGE && !taken.some((t) => overlaps(c, t));
		const spots = candidates(r, w, h).filter((c) => fits(c.rect));
		const spot = spots.find((c) => !avoid.some((a) => overlaps(c.rect, a))) ?? spots[0];
		if (!spot) {
			out.push('');
			continue;
		}
		taken.push(spot.rect);
		const attrs = `x="${num(spot.x)}" y="${num(spot.y)}"${spot.anchor === 'start' ? '' : ` text-anchor="${spot.anchor}"`}${r.bold ? ' font-weight="bold"' : ''}`;
		const sub = r.sub && r.sub !== r.text ? `<tspan x="${num(spot.x)}" dy="${num(SUB_SIZE * 1.2)}" font-size="${SUB_SIZE}" font-weight="normal"${HAN.test(r.sub) ? '' : ' font-style="italic"'}>${esc(r.sub)}</tspan>` : '';
		out.push(`<text ${attrs}>${esc(r.text)}${sub}</text>`);
	}
	return out;
}

/** The box a round marker covers, so labels keep clear of it. */
export const markerRect = (x: number, y: number, r: number): Rect => [x - r, y - r, x + r, y + r];

/** The group attributes every label shares (size aside): ink on a halo drawn under the letters (paint-order). */
/** Chinese is never set in italics (a slanted Han character reads as a broken font), so a second line in Chinese stays upright. */
const HAN = /\p{Script=Han}/u;

export const LABEL_STYLE = `font-family="'Noto Sans',sans-serif" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`;

/** Small boxes every few px along a drawn line, so labels can keep off the route. */
export function lineRects(points: readonly (readonly [number, number])[], step = 4, r = 2): Rect[] {
	const out: Rect[] = [];
	for (let i = 1; i < points.length; i++) {
		const [ax, ay] = points[i - 1]!;
		const [bx, by] = points[i]!;
		const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / step));
		for (let k = 0; k < n; k++) {
			const [x, y] = [ax + ((bx - ax) * k) / n, ay + ((by - ay) * k) / n];
			out.push([x - r, y - r, x + r, y + r]);
		}
	}
	return out;
}
