// One first visit of one page in a fresh headless Chromium: load, idle, then a scroll at a fixed speed, measured from inside the page and through the DevTools protocol.
import type { CDPSession, Page } from '@playwright/test';
import { launchBench } from './chromium';
import { tally, type BenchServer, type Sent } from './server';

export interface VisitOptions {
	viewport: { width: number; height: number };
	/** Scroll speed, px/s, by elapsed time (not per frame). */
	speed: number;
	/** Idle after the first full map render that still belongs to the first visit, ms. */
	idleMs: number;
	/** How long to run the frame loop on a page with nothing to scroll (the bare map), ms. */
	idleFramesMs: number;
	/** Longest wait for the first full map render, ms. */
	timeoutMs: number;
	/** Path under the server's root to open (default the root: '' ); e.g. 'zh/' for an edition. */
	path?: string;
	/** Scroll the document after the first visit (default true); an edition's page is measured for its first visit only. */
	scroll?: boolean;
}

export interface Visit {
	page: string;
	round: number;
	error?: string;
	/** ms from navigation start (performance timeline of the page). */
	fcpMs: number | null;
	mapRenderMs: number | null;
	firstVisit: { requests: number; wireBytes: number; bodyBytes: number; sw: { requests: number; wireBytes: number; bodyBytes: number } };
	/** State of the page's service worker at the end of the first visit (null: none registered). */
	serviceWorker: string | null;
	domElements: number;
	heapAfterLoadMB: number;
	heapAfterScrollMB: number;
	scroll: {
		documentPx: number;
		ms: number;
		frames: number;
		fps: number;
		scriptMsPerFrame: number;
		/** CPU time of the page's main thread per frame (Chromium's ThreadTime): unlike the durations, not stretched while a busy machine runs something else. */
		threadMsPerFrame: number;
		taskMsPerFrame: number;
		layoutMsPerFrame: number;
		styleMsPerFrame: number;
		longTasks: number;
		longTaskMs: number;
		longestTaskMs: number;
		workerMessages: number;
		workerMessagesPerFrame: number;
		/** Main-thread → worker messages by MapLibre actor type (loadTile, reloadTile, …). */
		workerMessagesByType: Record<string, number>;
	};
	/** Worker messages from navigation to the end of the idle. */
	loadWorkerMessages: number;
	requests: Pick<Sent, 'path' | 'status' | 'wire' | 'by'>[];
}

/** MapLibre's actor message types (src/util/actor_messages.ts), for readable counts. */
const MESSAGE_TYPES: Record<string, string> = {
	LDT: 'loadDEMTile',
	GCEZ: 'getClusterExpansionZoom',
	GCC: 'getClusterChildren',
	GCL: 'getClusterLeaves',
	LD: 'loadData',
	LT: 'loadTile',
	RT: 'reloadTile',
	GG: 'getGlyphs',
	GDA: 'getDashes',
	GI: 'getImages',
	SI: 'setImages',
	UGS: 'updateGlobalState',
	SL: 'setLayers',
	UL: 'updateLayers',
	SRPS: 'syncRTLPluginState',
	SR: 'setReferrer',
	RS: 'removeSource',
	RM: 'removeMap',
	IS: 'importScript',
	RMT: 'removeTile',
	AT: 'abortTile',
	RDT: 'removeDEMTile',
	GR: 'getResource',
	PI: 'ping'
};

interface BenchGlobals {
	__bench: { long: { start: number; duration: number }[]; messages: Record<string, number>; messageCount: number };
}

/** Runs in the page before any of its scripts: long tasks, and every message the main thread posts to a worker, by type. */
function instrument(types: Record<string, string>) {
	const b: BenchGlobals['__bench'] = { long: [], messages: {}, messageCount: 0 };
	(window as unknown as BenchGlobals).__bench = b;
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) b.long.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		/* no long task API */
	}
	const post = Worker.prototype.postMessage;
	Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
		const raw = message && typeof message === 'object' && 'type' in message ? String((message as { type: unknown }).type) : typeof message;
		const type = types[raw] ?? raw;
		b.messages[type] = (b.messages[type] ?? 0) + 1;
		b.messageCount++;
		return (post as (...a: unknown[]) => void).call(this, message, ...rest);
	} as typeof post;
}

async function heapMB(cdp: CDPSession): Promise<number> {
	await cdp.send('HeapProfiler.collectGarbage');
	return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
	return Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
}

/** Scrolls the whole document from the top to the bottom at `speed` px/s, driven by requestAnimationFrame and elapsed time (not per frame); counts frames. */
function scrollAtSpeed({ speed, idleFramesMs }: { speed: number; idleFramesMs: number }) {
	const b = (window as unknown as BenchGlobals).__bench;
	b.long = [];
	b.messages = {};
	b.messageCount = 0;
	const end = Math.max(0, document.documentElement.scrollHeight - innerHeight);
	// A page with nothing to scroll (the bare map) runs the same frame loop for a fixed time instead.
	const minMs = end === 0 ? idleFramesMs : 0;
	return new Promise<{ documentPx: number; t0: number; t1: number; frames: number }>((resolve) => {
		const t0 = performance.now();
		let frames = 0;
		const tick = () => {
			const now = performance.now();
			frames++;
			const y = Math.min(end, Math.max(0, (speed * (now - t0)) / 1000));
			scrollTo(0, y);
			if (y >= end && now - t0 >= minMs) resolve({ documentPx: end, t0, t1: now, frames });
			else requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
}

export async function visit(server: BenchServer, page: string, round: number, o: VisitOptions): Promise<Visit> {
	const browser = await launchBench();
	const v: Visit = {
		page,
		round,
		fcpMs: null,
		mapRenderMs: null,
		firstVisit: { requests: 0, wireBytes: 0, bodyBytes: 0, sw: { requests: 0, wireBytes: 0, bodyBytes: 0 } },
		serviceWorker: null,
		domElements: 0,
		heapAfterLoadMB: NaN,
		heapAfterScrollMB: NaN,
		scroll: {
			documentPx: 0,
			ms: 0,
			frames: 0,
			fps: NaN,
			scriptMsPerFrame: NaN,
			threadMsPerFrame: NaN,
			taskMsPerFrame: NaN,
			layoutMsPerFrame: NaN,
			styleMsPerFrame: NaN,
			longTasks: NaN,
			longTaskMs: NaN,
			longestTaskMs: NaN,
			workerMessages: NaN,
			workerMessagesPerFrame: NaN,
			workerMessagesByType: {}
		},
		loadWorkerMessages: NaN,
		requests: []
	};
	try {
		const context = await browser.newContext({ viewport: o.viewport });
		const p: Page = await context.newPage();
		const errors: string[] = [];
		p.on('pageerror', (e) => errors.push(e.message));
		// tsx (esbuild) wraps named inner functions in __name(); the functions this file sends into the page need it there.
		await p.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
		await p.addInitScript(instrument, MESSAGE_TYPES);
		const cdp = await context.newCDPSession(p);
		await cdp.send('Performance.enable');

		server.reset();
		await p.goto(server.url + (o.path ?? ''), { waitUntil: 'commit' });
		// The story's contract: the mark, and `.map-stage[data-map-ready="true"]` (the comparison pages give both too). Without the mark, the time it was seen.
		const seen = await p.waitForFunction(
			() => (performance.getEntriesByName('map-first-render').length > 0 || document.querySelector('.map-stage[data-map-ready="true"]') ? performance.now() : 0),
			null,
			{ timeout: o.timeoutMs, polling: 100 }
		);
		const seenAt = (await seen.jsonValue()) as number;
		const load = await p.evaluate((seenAt) => ({
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
			render: performance.getEntriesByName('map-first-render')[0]?.startTime ?? seenAt
		}), seenAt);
		v.fcpMs = load.fcp;
		v.mapRenderMs = load.render;
		// The rest of the first visit: what the page (and its service worker) fetch while the reader has not moved yet.
		await p.waitForTimeout(o.idleMs);
		const sent = server.sent();
		const t = tally(sent);
		v.firstVisit = { requests: t.requests, wireBytes: t.wireBytes, bodyBytes: t.bodyBytes, sw: t.sw };
		v.requests = sent.map(({ path, status, wire, by }) => ({ path, status, wire, by }));
		v.serviceWorker = await p.evaluate(async () => {
			const r = await navigator.serviceWorker?.getRegistration();
			return r ? (r.active?.state ?? r.installing?.state ?? r.waiting?.state ?? 'registered') : null;
		});
		v.domElements = await p.evaluate(() => document.getElementsByTagName('*').length);
		v.loadWorkerMessages = await p.evaluate(() => (window as unknown as BenchGlobals).__bench.messageCount);
		v.heapAfterLoadMB = await heapMB(cdp);
		if (o.scroll === false) {
			if (errors.length) v.error = `page errors: ${errors.slice(0, 3).join(' | ')}`;
			await context.close();
			return v;
		}

		const m0 = await metrics(cdp);
		const s = await p.evaluate(scrollAtSpeed, { speed: o.speed, idleFramesMs: o.idleFramesMs });
		const m1 = await metrics(cdp);
		// Let the last long task report itself, then keep only those that started during the scroll.
		await p.waitForTimeout(300);
		const inPage = await p.evaluate(({ t0, t1 }) => {
			const b = (window as unknown as BenchGlobals).__bench;
			const long = b.long.filter((l) => l.start >= t0 && l.start <= t1);
			return { long, messages: b.messages, messageCount: b.messageCount };
		}, s);
		const perFrame = (name: string) => ((m1[name]! - m0[name]!) * 1000) / s.frames;
		v.scroll = {
			documentPx: s.documentPx,
			ms: s.t1 - s.t0,
			frames: s.frames,
			fps: s.frames / ((s.t1 - s.t0) / 1000),
			scriptMsPerFrame: perFrame('ScriptDuration'),
			threadMsPerFrame: perFrame('ThreadTime'),
			taskMsPerFrame: perFrame('TaskDuration'),
			layoutMsPerFrame: perFrame('LayoutDuration'),
			styleMsPerFrame: perFrame('RecalcStyleDuration'),
			longTasks: inPage.long.length,
			longTaskMs: inPage.long.reduce((a, l) => a + l.duration, 0),
			longestTaskMs: inPage.long.reduce((a, l) => Math.max(a, l.duration), 0),
			// Counted until the scroll's last frame plus the 300 ms above: what the scroll caused.
			workerMessages: inPage.messageCount,
			workerMessagesPerFrame: inPage.messageCount / s.frames,
			workerMessagesByType: inPage.messages
		};
		v.heapAfterScrollMB = await heapMB(cdp);
		if (errors.length) v.error = `page errors: ${errors.slice(0, 3).join(' | ')}`;
		await context.close();
	} catch (err) {
		v.error = err instanceof Error ? err.message.split('\n')[0] : String(err);
	} finally {
		await browser.close();
	}
	return v;
}
