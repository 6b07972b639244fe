// `npm run bench [-- flags]`: the side-by-side benchmark (issue 9). Builds the site and the two comparison pages, serves the three on
// their own localhost origins, visits them interleaved (bare, step, story, bare, step, story, …), and prints medians [min–max], ratios
// and the targets with pass/fail. Raw runs go to bench/results/latest.json.
//
// Flags (all optional):
//   --n N              rounds of first visits, each visiting every page once (default 5)
//   --quick            one round, no Lighthouse, no kiosk soak (any of the flags below still wins)
//   --lighthouse N     Lighthouse 12 mobile runs per page (default 3; 0 skips)    --no-lighthouse  same as --lighthouse 0
//   --soak N           kiosk soak with N chapter transitions (default 1000)       --no-soak        skip the soak
//   --pages LIST       which pages, comma-separated, of bare,step,story,story-zh,story-ru (default all; the two editions get first visits only)
//   --speed PX         scroll speed in px/s (default 2000)
//   --idle S           seconds of idle after the first full map render that still count as the first visit (default 10)
//   --no-build         reuse build/ and bench/out/pages/ as they are
//   --no-engine        skip the engine micro-benchmark (bench/scene.ts)
//
// What is measured, per visit (a fresh Chromium with a fresh profile, 1440×900, the flags of playwright.config.ts):
//   first contentful paint and first full map render (performance mark 'map-first-render': the story's own, set by the comparison pages
//   on the same event, the first frame after 'load' with their sources loaded); bytes sent for the first visit, counted at the server (every response, headers
//   included, the service worker's script and its precache fetches too) from navigation until the first full render plus the idle;
//   DOM elements and JS heap (after a forced GC) at the end of that idle; then a scroll of the whole document at a fixed speed, driven from
//   requestAnimationFrame by elapsed time: frames per second, CDP ScriptDuration/TaskDuration per frame, long tasks, messages the main
//   thread posts to workers per frame (by MapLibre message type), and the JS heap after the scroll.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchScene } from './scene';
import { benchBuild } from './build-size';
import { serve, serveComparison, type BenchServer } from './lib/server';
import { visit, type Visit } from './lib/measure';
import { runLighthouse, type LighthouseRun } from './lib/lighthouse';
import { fmt, fmtRatio, ratio, summarize, table, type Summary } from './lib/report';
import { kioskSoak, type SoakResult } from './kiosk-soak';
import { launchBench } from './lib/chromium';

const PAGES = ['bare', 'step', 'story', 'story-zh', 'story-ru'] as const;
type PageName = (typeof PAGES)[number];
/** The story's other editions (issue 14: the first-visit budget holds for each): first visits only, no scroll. */
const EDITION_PATH: Partial<Record<PageName, string>> = { 'story-zh': 'zh/', 'story-ru': 'ru/' };
/** The pages that are scrolled (and run through Lighthouse). */
const SCROLLED = PAGES.filter((p) => !EDITION_PATH[p]);

const { values: flags } = parseArgs({
	options: {
		n: { type: 'string' },
		quick: { type: 'boolean', default: false },
		lighthouse: { type: 'string' },
		'no-lighthouse': { type: 'boolean', default: false },
		soak: { type: 'string' },
		'no-soak': { type: 'boolean', default: false },
		pages: { type: 'string' },
		speed: { type: 'string' },
		idle: { type: 'string' },
		'no-build': { type: 'boolean', default: false },
		'no-engine': { type: 'boolean', default: false }
	},
	strict: true
});

const int = (s: string | undefined, def: number, name: string) => {
	if (s === undefined) return def;
	const x = Number(s);
	if (!Number.isFinite(x) || x < 0) throw new Error(`--${name}: expected a number, got "${s}"`);
	return x;
};
const opts = {
	n: int(flags.n, flags.quick ? 1 : 5, 'n'),
	lighthouse: flags['no-lighthouse'] ? 0 : int(flags.lighthouse, flags.quick ? 0 : 3, 'lighthouse'),
	soak: flags['no-soak'] ? 0 : int(flags.soak, flags.quick ? 0 : 1000, 'soak'),
	pages: (flags.pages?.split(',').map((s) => s.trim()) ?? [...PAGES]) as PageName[],
	speed: int(flags.speed, 2000, 'speed'),
	idleS: int(flags.idle, 10, 'idle'),
	build: !flags['no-build'],
	engine: !flags['no-engine']
};
for (const p of opts.pages) if (!PAGES.includes(p)) throw new Error(`--pages: unknown page "${p}" (${PAGES.join(', ')})`);

const VIEWPORT = { width: 1440, height: 900 };
const log = (s: string) => process.stdout.write(`${s}\n`);

// 1. The engine micro-benchmark (Node): scene() and the route slice per scroll update.
let engine: Record<string, string> | null = null;
if (opts.engine) {
	log('\n# Engine (Node)');
	engine = benchScene();
	console.table(engine);
}

// 2. Build: the site (npm run build) and the comparison pages (bench/vite.config.ts → bench/out/pages/).
log('\n# Build');
const build = benchBuild(opts.build);
console.table(build);
if (opts.build) execSync('npx vite build --config bench/vite.config.ts --configLoader runner', { stdio: ['ignore', 'ignore', 'inherit'] });
for (const f of ['build/index.html', 'bench/out/pages/bare/index.html', 'bench/out/pages/step/index.html']) {
	if (!existsSync(f)) throw new Error(`${f} is missing: run without --no-build`);
}

// 3. One server per page, each on its own origin, so nothing is shared between them and bytes are counted per page.
const servers: Record<PageName, BenchServer> = {
	story: await serve({ '/': 'build' }),
	'story-zh': await serve({ '/': 'build' }),
	'story-ru': await serve({ '/': 'build' }),
	bare: await serveComparison('bare'),
	step: await serveComparison('step')
};
const browserVersion = await launchBench().then(async (b) => {
	const v = b.version();
	await b.close();
	return v;
});

const visits: Visit[] = [];
const lighthouse: LighthouseRun[] = [];
let soak: SoakResult | null = null;
try {
	log(`\n# First visits and scroll (Chromium ${browserVersion}, ${VIEWPORT.width}×${VIEWPORT.height}, software WebGL; ${opts.n} rounds of ${opts.pages.join(', ')}; scroll ${opts.speed} px/s)`);
	for (let round = 1; round <= opts.n; round++) {
		for (const page of opts.pages) {
			const v = await visit(servers[page], page, round, { viewport: VIEWPORT, speed: opts.speed, idleMs: opts.idleS * 1000, idleFramesMs: 15_000, timeoutMs: 180_000, path: EDITION_PATH[page], scroll: !EDITION_PATH[page] });
			visits.push(v);
			log(
				`round ${round} ${page.padEnd(5)} ` +
					(v.error && v.mapRenderMs === null
						? `FAILED: ${v.error}`
						: EDITION_PATH[page]
							? `map ${v.mapRenderMs?.toFixed(0)} ms, ${(v.firstVisit.wireBytes / 1024).toFixed(0)} KB / ${v.firstVisit.requests} req, ${v.domElements} DOM elements${v.error ? ` (${v.error})` : ''}`
							: `map ${v.mapRenderMs?.toFixed(0)} ms, ${(v.firstVisit.wireBytes / 1024).toFixed(0)} KB / ${v.firstVisit.requests} req, ${v.scroll.fps.toFixed(1)} fps, script ${v.scroll.scriptMsPerFrame.toFixed(1)} ms/frame, ${v.scroll.longTasks} long tasks, ${v.scroll.workerMessagesPerFrame.toFixed(1)} msg/frame${v.error ? ` (${v.error})` : ''}`)
			);
		}
	}

	if (opts.lighthouse > 0) {
		log(`\n# Lighthouse (mobile, performance; ${opts.lighthouse} runs per page, interleaved)`);
		for (let round = 1; round <= opts.lighthouse; round++) {
			for (const page of opts.pages.filter((p) => !EDITION_PATH[p])) {
				const r = await runLighthouse(servers[page].url, page, round);
				lighthouse.push(r);
				log(`round ${round} ${page.padEnd(5)} ${r.score === null ? `no score${r.error ? `: ${r.error}` : ''}${r.metricErrors ? ` (${r.metricErrors.join('; ')})` : ''}` : `score ${r.score} (FCP ${r.fcpMs?.toFixed(0)} ms, LCP ${r.lcpMs?.toFixed(0)} ms, TBT ${r.tbtMs?.toFixed(0)} ms)${r.error ? ` (${r.error})` : ''}`}`);
			}
		}
	}
} finally {
	for (const s of Object.values(servers)) await s.close();
}

if (opts.soak > 0) {
	log(`\n# Kiosk soak (${opts.soak} transitions)`);
	try {
		soak = await kioskSoak(opts.soak, (done) => process.stdout.write(`\r${done} / ${opts.soak} transitions`));
		log(`\nheap ${soak.start.heapMB.toFixed(2)} → ${soak.end.heapMB.toFixed(2)} MB over ${soak.transitions} transitions in ${soak.seconds.toFixed(0)} s (every 100: ${soak.curve.map((c) => c.heapMB.toFixed(1)).join(" ")}); live WebGL contexts ${soak.end.webglLive}; page errors ${soak.errors.length}`);
	} catch (err) {
		log(`soak failed: ${err instanceof Error ? err.message : String(err)}`);
	}
}

// 4. The report.
type Metric = { label: string; get: (v: Visit) => number | null; digits: number };
const METRICS: Metric[] = [
	{ label: 'first contentful paint, ms', get: (v) => v.fcpMs, digits: 0 },
	{ label: 'first full map render, ms', get: (v) => v.mapRenderMs, digits: 0 },
	{ label: 'first visit: KB sent (gzip, with headers)', get: (v) => v.firstVisit.wireBytes / 1024, digits: 0 },
	{ label: 'first visit: requests', get: (v) => v.firstVisit.requests, digits: 0 },
	{ label: '  of which service worker: KB', get: (v) => v.firstVisit.sw.wireBytes / 1024, digits: 0 },
	{ label: '  of which service worker: requests', get: (v) => v.firstVisit.sw.requests, digits: 0 },
	{ label: 'DOM elements after load', get: (v) => v.domElements, digits: 0 },
	{ label: 'JS heap after load, MB', get: (v) => v.heapAfterLoadMB, digits: 1 },
	{ label: 'scroll: document, px', get: (v) => v.scroll.documentPx, digits: 0 },
	{ label: 'scroll: duration, s', get: (v) => v.scroll.ms / 1000, digits: 1 },
	{ label: 'scroll: frames per second', get: (v) => v.scroll.fps, digits: 1 },
	{ label: 'scroll: script ms per frame', get: (v) => v.scroll.scriptMsPerFrame, digits: 1 },
	{ label: 'scroll: task ms per frame', get: (v) => v.scroll.taskMsPerFrame, digits: 1 },
	{ label: 'scroll: main-thread CPU ms per frame', get: (v) => v.scroll.threadMsPerFrame, digits: 1 },
	{ label: 'scroll: layout + style ms per frame', get: (v) => v.scroll.layoutMsPerFrame + v.scroll.styleMsPerFrame, digits: 2 },
	{ label: 'scroll: long tasks', get: (v) => v.scroll.longTasks, digits: 0 },
	{ label: 'scroll: long task time, ms', get: (v) => v.scroll.longTaskMs, digits: 0 },
	{ label: 'scroll: worker messages per frame', get: (v) => v.scroll.workerMessagesPerFrame, digits: 2 },
	{ label: 'JS heap after the scroll, MB', get: (v) => v.heapAfterScrollMB, digits: 1 }
];
const ok = visits.filter((v) => v.mapRenderMs !== null);
const of = (page: PageName, get: (v: Visit) => number | null) => summarize(ok.filter((v) => v.page === page).map(get));
const summaries = Object.fromEntries(METRICS.map((m) => [m.label, Object.fromEntries(PAGES.map((p) => [p, of(p, m.get)]))])) as Record<string, Record<PageName, Summary | null>>;

log(`\n# Results: median [min–max] over ${opts.n} interleaved rounds (KB = 1,024 bytes; absolute times are SwiftShader's, compare ratios)`);
log(
	table(
		['metric', 'bare', 'step', 'story', 'story/step', 'story/bare', 'story-zh', 'story-ru'],
		METRICS.map((m) => {
			const s = summaries[m.label]!;
			return [m.label, fmt(s.bare, m.digits), fmt(s.step, m.digits), fmt(s.story, m.digits), fmtRatio(ratio(s.story, s.step)), fmtRatio(ratio(s.story, s.bare)), fmt(s['story-zh'], m.digits), fmt(s['story-ru'], m.digits)];
		})
	)
);

// Worker messages by type, per frame of the scroll (medians).
const types = [...new Set(ok.flatMap((v) => Object.keys(v.scroll.workerMessagesByType)))].sort();
if (types.length) {
	log('\nWorker messages per scroll frame, by type (median)');
	log(table(['type', ...SCROLLED], types.map((t) => [t, ...SCROLLED.map((p) => fmt(of(p, (v) => (v.scroll.workerMessagesByType[t] ?? 0) / v.scroll.frames), 2))])));
}

const lh = (page: PageName, get: (r: LighthouseRun) => number | null) => summarize(lighthouse.filter((r) => r.page === page).map(get));
if (lighthouse.length) {
	log(`\nLighthouse ${lighthouse.find((r) => r.version)?.version ?? '12'} mobile (simulated throttling), median [min–max] over ${opts.lighthouse} runs`);
	const rows: [string, (r: LighthouseRun) => number | null, number][] = [
		['performance score', (r) => r.score, 0],
		['FCP, ms', (r) => r.fcpMs, 0],
		['LCP, ms', (r) => r.lcpMs, 0],
		['total blocking time, ms', (r) => r.tbtMs, 0],
		['speed index, ms', (r) => r.speedIndexMs, 0],
		['CLS', (r) => r.cls, 3],
		['total byte weight, KB', (r) => r.totalByteWeightKB, 0]
	];
	log(table(['metric', ...SCROLLED, 'story/step'], rows.map(([label, get, d]) => [label, ...SCROLLED.map((p) => fmt(lh(p, get), d)), fmtRatio(ratio(lh('story', get), lh('step', get)))])));
	for (const r of lighthouse.filter((r) => r.error || r.metricErrors)) log(`  ${r.page} run ${r.round}: ${[r.error, ...(r.metricErrors ?? [])].filter(Boolean).join('; ')}`);
	log('  (Lighthouse stops when the network has been quiet for a while: its byte weight leaves out what loads later, the service worker\'s precache among it.)');
}

/** The ratio a/b of one metric within each round (the pages of a round ran back to back, under the same load), summarized over the rounds. */
const paired = (a: PageName, b: PageName, get: (v: Visit) => number | null) =>
	summarize(
		[...new Set(ok.map((v) => v.round))].map((round) => {
			const x = ok.find((v) => v.round === round && v.page === a);
			const y = ok.find((v) => v.round === round && v.page === b);
			const [gx, gy] = [x ? get(x) : null, y ? get(y) : null];
			return gx === null || gy === null || !gy ? null : gx / gy;
		})
	);
const metric = (label: string) => METRICS.find((m) => m.label === label)!.get;
const withPaired = (r: number | null, p: Summary | null) => `${fmtRatio(r)}${p ? ` (per round ${fmt(p, 2)}×)` : ''}`;

// The targets of issue 9, judged on this run (ratios of medians; the per-round ratios show how steady they are).
const S = (label: string) => summaries[label]!;
const judge = (value: number | null, pass: (x: number) => boolean): 'PASS' | 'FAIL' | 'n/a' => (value === null ? 'n/a' : pass(value) ? 'PASS' : 'FAIL');
const storyMed = (label: string) => S(label).story?.median ?? null;
const fpsR = ratio(S('scroll: frames per second').story, S('scroll: frames per second').step);
const scriptR = ratio(S('scroll: script ms per frame').story, S('scroll: script ms per frame').step);
const longStory = storyMed('scroll: long tasks');
const longStep = S('scroll: long tasks').step?.median ?? null;
const renderR = ratio(S('first full map render, ms').story, S('first full map render, ms').bare);
const kb = storyMed('first visit: KB sent (gzip, with headers)');
const dom = storyMed('DOM elements after load');
const msgs = storyMed('scroll: worker messages per frame');
const lhStory = lh('story', (r) => r.score)?.median ?? null;
const targets: { target: string; value: string; result: string }[] = [
	{ target: 'fps while scrolling ≥ 1.2× step', value: withPaired(fpsR, paired('story', 'step', metric('scroll: frames per second'))), result: judge(fpsR, (x) => x >= 1.2) },
	{ target: 'script ms per frame ≤ 0.5× step', value: withPaired(scriptR, paired('story', 'step', metric('scroll: script ms per frame'))), result: judge(scriptR, (x) => x <= 0.5) },
	{ target: 'long tasks during the scroll ≤ step', value: longStory === null || longStep === null ? '–' : `${longStory} vs ${longStep}`, result: longStep === null ? 'n/a' : judge(longStory, (x) => x <= longStep) },
	{ target: 'first full map render ≤ 1.1× bare', value: withPaired(renderR, paired('story', 'bare', metric('first full map render, ms'))), result: judge(renderR, (x) => x <= 1.1) },
	{ target: 'first visit ≤ 800 KB (aim 600)', value: kb === null ? '–' : `${kb.toFixed(0)} KB${kb <= 600 ? ' (within the aim)' : ''}`, result: judge(kb, (x) => x <= 800) },
	...(['story-zh', 'story-ru'] as const).map((p) => {
		const k = S('first visit: KB sent (gzip, with headers)')[p]?.median ?? null;
		return { target: `first visit ≤ 800 KB, /${EDITION_PATH[p]} (issue 14)`, value: k === null ? (opts.pages.includes(p) ? '–' : 'not run') : `${k.toFixed(0)} KB`, result: judge(k, (x) => x <= 800) };
	}),
	{ target: '≤ 600 DOM elements', value: dom === null ? '–' : String(dom), result: judge(dom, (x) => x <= 600) },
	{ target: '≤ 4 worker messages per frame (full scroll)', value: msgs === null ? '–' : msgs.toFixed(2), result: judge(msgs, (x) => x <= 4) },
	{ target: 'Lighthouse mobile performance ≥ 75', value: lhStory === null ? (opts.lighthouse ? 'no score' : 'not run') : String(lhStory), result: judge(lhStory, (x) => x >= 75) },
	{
		target: `kiosk soak heap growth < 5 MB over 1,000 transitions`,
		value: soak ? `${soak.heapGrowthMB.toFixed(2)} MB over ${soak.transitions}${soak.curve.length > 1 ? ` (from the 100th on: ${(soak.end.heapMB - soak.curve[0]!.heapMB).toFixed(2)} MB)` : ''}` : opts.soak ? 'failed' : 'not run',
		result: soak ? (soak.transitions >= 1000 ? judge(soak.heapGrowthMB, (x) => x < 5) : 'n/a') : 'n/a'
	}
];
log('\n# Targets (issue 9), the story judged on this run');
log(table(['target', 'this run', 'result'], targets.map((t) => [t.target, t.value, t.result])));
const failed = visits.filter((v) => v.error);
if (failed.length) {
	log('\nVisits with errors:');
	for (const v of failed) log(`  round ${v.round} ${v.page}: ${v.error}`);
}

// 5. Raw runs, for quoting.
mkdirSync('bench/results', { recursive: true });
let commit = '';
try {
	commit = execSync('git rev-parse HEAD', { encoding: 'utf8' }).trim() + (execSync('git status --porcelain', { encoding: 'utf8' }).trim() ? ' (dirty)' : '');
} catch {
	/* not a checkout */
}
writeFileSync(
	'bench/results/latest.json',
	JSON.stringify({ date: new Date().toISOString(), commit, chromium: browserVersion, node: process.version, viewport: VIEWPORT, options: opts, engine, build, visits, lighthouse, soak, summaries, targets }, null, 1) + '\n'
);
log('\nRaw runs: bench/results/latest.json');
