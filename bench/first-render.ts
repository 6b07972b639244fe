// `npx tsx bench/first-render.ts [--n N] [--pages bare,story,step] [--story DIR]`: where the first full map render's time goes, page by page. Uses the
// builds `npm run bench` made (build/, bench/out/pages/); visits the pages interleaved, each in a fresh Chromium, and counts, up to the
// mark 'map-first-render': the WebGL frames drawn and their draw calls, the programs linked (and how long linking blocked the main
// thread) and the font files fetched (the page's and the map's). Counts do not depend on the machine's load the way times do; the times
// are given for context. --story serves another build of the site as the story (BUILD_DIR=/tmp/x npx vite build), to try a change.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { launchBench } from './lib/chromium';
import { serve, serveComparison, type BenchServer } from './lib/server';
import { countsBefore, type FirstRenderCounts, type FirstRenderRecord, type GlFrame } from './lib/first-render-counts';
import { fmt, fmtRatio, ratio, summarize, table } from './lib/report';

const PAGES = ['bare', 'step', 'story'] as const;
type PageName = (typeof PAGES)[number];
const { values: flags } = parseArgs({ options: { n: { type: 'string' }, pages: { type: 'string' }, story: { type: 'string', default: 'build' } }, strict: true });
const n = Number(flags.n ?? 5);
if (!Number.isInteger(n) || n < 1) throw new Error(`--n: expected a whole number of rounds, got "${flags.n}"`);
const pages = (flags.pages?.split(',').map((s) => s.trim()) ?? ['bare', 'story']) as PageName[];
for (const p of pages) if (!PAGES.includes(p)) throw new Error(`--pages: unknown page "${p}" (${PAGES.join(', ')})`);
for (const f of [`${flags.story}/index.html`, 'build/index.html', 'bench/out/pages/bare/index.html', 'bench/out/pages/step/index.html'])
	if (!existsSync(f)) throw new Error(`${f} is missing: run \`npm run bench -- --quick\` (or npm run build) first`);

/** In the page, before its scripts: wraps the WebGL calls that say what a frame drew and which programs were linked. */
function instrument() {
	const rec: Omit<FirstRenderRecord, 'fonts'> = { frames: [], programs: [] };
	(window as unknown as { __firstRender: typeof rec }).__firstRender = rec;
	let frame: GlFrame | null = null;
	const bound = new WeakMap<object, unknown>();
	for (const C of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
		if (!C) continue;
		const p = C.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
		const wrap = (name: string, before: (ctx: WebGLRenderingContext, a: unknown[]) => void) => {
			const orig = p[name]!;
			p[name] = function (this: WebGLRenderingContext, ...a: unknown[]) {
				before(this, a);
				return orig.apply(this, a);
			};
		};
		wrap('bindFramebuffer', (ctx, a) => bound.set(ctx, a[1]));
		// A clear of the canvas's own colour buffer starts a frame; clears of offscreen framebuffers belong to the frame.
		wrap('clear', (ctx, a) => {
			if ((a[0] as number) & ctx.COLOR_BUFFER_BIT && !bound.get(ctx)) rec.frames.push((frame = { t: performance.now(), draws: 0 }));
		});
		wrap('drawElements', () => frame && frame.draws++);
		wrap('drawArrays', () => frame && frame.draws++);
		const link = p.linkProgram!;
		p.linkProgram = function (this: WebGLRenderingContext, program: unknown) {
			const t = performance.now();
			const r = link.call(this, program);
			// Asking for the status waits for the link, as MapLibre's next call would.
			this.getProgramParameter(program as WebGLProgram, this.LINK_STATUS);
			rec.programs.push({ t, ms: performance.now() - t });
			return r;
		};
	}
}

interface Row {
	page: PageName;
	renderMs: number | null;
	counts: FirstRenderCounts | null;
	error?: string;
}

async function visit(server: BenchServer, page: PageName): Promise<Row> {
	const browser = await launchBench();
	try {
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		const p: Page = await context.newPage();
		await p.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
		await p.addInitScript(instrument);
		await p.goto(server.url, { waitUntil: 'commit' });
		await p.waitForFunction(() => performance.getEntriesByName('map-first-render').length > 0, null, { timeout: 120_000, polling: 100 });
		const { renderMs, record } = await p.evaluate(() => {
			const r = (window as unknown as { __firstRender: Omit<FirstRenderRecord, 'fonts'> }).__firstRender;
			const fonts = performance.getEntriesByType('resource').filter((e) => /\.(woff2?|ttf|otf)(\?|$)/.test(e.name)).map((e) => ({ url: new URL(e.name).pathname, t: e.startTime }));
			return { renderMs: performance.getEntriesByName('map-first-render')[0]!.startTime, record: { ...r, fonts } };
		});
		return { page, renderMs, counts: countsBefore(record, renderMs) };
	} catch (e) {
		return { page, renderMs: null, counts: null, error: (e as Error).message.split('\n')[0] };
	} finally {
		await browser.close();
	}
}

const servers: Record<PageName, BenchServer> = {
	bare: await serveComparison('bare'),
	step: await serveComparison('step'),
	story: await serve({ '/': flags.story! })
};
const rows: Row[] = [];
try {
	for (let round = 1; round <= n; round++)
		for (const page of pages) {
			const r = await visit(servers[page], page);
			rows.push(r);
			const c = r.counts;
			console.log(`round ${round} ${page.padEnd(5)} ` + (c ? `render ${r.renderMs!.toFixed(0)} ms, ${c.frames} frames, ${c.draws} draws (${c.lastFrameDraws} in the last), ${c.programs} programs (${c.programMs.toFixed(0)} ms), ${c.fontFetches} font fetches` : `FAILED: ${r.error}`));
		}
} finally {
	for (const s of Object.values(servers)) await s.close();
}

const METRICS: [string, (r: Row) => number | null | undefined, number][] = [
	['first full map render, ms', (r) => r.renderMs, 0],
	['frames drawn before it', (r) => r.counts?.frames, 0],
	['draw calls in them', (r) => r.counts?.draws, 0],
	['draw calls in the full frame', (r) => r.counts?.lastFrameDraws, 0],
	['programs linked', (r) => r.counts?.programs, 0],
	['ms the links blocked', (r) => r.counts?.programMs, 0],
	['font files fetched, page and map', (r) => r.counts?.fontFetches, 0],
	['font files fetched twice', (r) => r.counts?.fontRefetches, 0]
];
const base = pages.includes('bare') ? 'bare' : pages[0]!;
const others = pages.filter((p) => p !== base);
console.log(`\n# Before the first full map render (median [min–max], n=${n}; ratios against ${base}; the story from ${flags.story}/)`);
console.log(
	table(
		['', ...pages, ...others.map((p) => `${p} / ${base}`)],
		METRICS.map(([label, get, digits]) => {
			const s = Object.fromEntries(pages.map((p) => [p, summarize(rows.filter((r) => r.page === p).map(get))]));
			return [label, ...pages.map((p) => fmt(s[p]!, digits)), ...others.map((p) => fmtRatio(ratio(s[p]!, s[base]!)))];
		})
	)
);
process.exit(rows.some((r) => r.error) ? 1 : 0);
