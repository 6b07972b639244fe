// `npx tsx bench/kiosk-soak.ts [transitions]`: runs the kiosk's attract loop at high speed in headless Chromium and prints heap, DOM nodes, WebGL contexts and page errors at the start and the end.
// `npm run bench` runs it too (unless --no-soak or --quick) and judges the heap growth against its target.
import { launchBench } from './lib/chromium';
import { serve } from './lib/server';

const DWELL_S = 0.25;

export interface SoakSample {
	heapMB: number;
	domNodes: number;
	webglLive: number;
	webglCreated: number;
	canvases: number;
	transitions: number;
}

export interface SoakResult {
	target: number;
	transitions: number;
	seconds: number;
	start: SoakSample;
	end: SoakSample;
	heapGrowthMB: number;
	curve: { transitions: number; heapMB: number }[];
	errors: string[];
}

/** Serves build/ (which must exist: `npm run build`) and plays at least `target` chapter transitions. */
export async function kioskSoak(target = 1000, onProgress?: (done: number) => void): Promise<SoakResult> {
	const server = await serve({ '/': 'build' });
	const browser = await launchBench();
	try {
		// Small viewport: the soak measures our code's leaks, not SwiftShader's fill rate.
		const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.addInitScript(() => {
			// Count every WebGL context ever created, and keep them to count the live ones.
			const contexts: unknown[] = [];
			(window as unknown as { __gl: unknown[] }).__gl = contexts;
			const orig = HTMLCanvasElement.prototype.getContext;
			HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
				const ctx = (orig as (...a: unknown[]) => unknown).call(this, type, ...rest);
				if (ctx && /webgl/.test(type) && !contexts.includes(ctx)) contexts.push(ctx);
				return ctx;
			} as typeof orig;
		});
		const cdp = await page.context().newCDPSession(page);
		const transitions = () => page.evaluate(() => Number(document.querySelector('.kiosk')?.getAttribute('data-transitions') ?? 0));
		const sample = async (): Promise<SoakSample> => {
			await cdp.send('HeapProfiler.collectGarbage');
			const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
			return page.evaluate((heap) => {
				const gl = (window as unknown as { __gl: { isContextLost(): boolean }[] }).__gl;
				return {
					heapMB: heap / 1048576,
					domNodes: document.getElementsByTagName('*').length,
					webglLive: gl.filter((c) => !c.isContextLost()).length,
					webglCreated: gl.length,
					canvases: document.querySelectorAll('canvas').length,
					transitions: Number(document.querySelector('.kiosk')?.getAttribute('data-transitions') ?? 0)
				};
			}, heap);
		};
		await page.goto(`${server.url}kiosk?idle=3600&dwell=${DWELL_S}`);
		await page.waitForSelector('.kiosk .map-stage[data-map-ready="true"]', { timeout: 120_000 });
		await page.waitForTimeout(3000);
		const start = await sample();
		const t0 = Date.now();
		let done = 0;
		// A stalled loop must not hang the bench: give up at six times the nominal duration (plus two minutes) and report what was done.
		const deadline = t0 + target * DWELL_S * 6000 + 120_000;
		/** The heap (after a forced GC) every 100 transitions: a leak climbs steadily, a cache filling up levels off. */
		const curve: { transitions: number; heapMB: number }[] = [];
		while (done < target && Date.now() < deadline) {
			await page.waitForTimeout(5000);
			done = (await transitions()) - start.transitions;
			onProgress?.(done);
			if (done >= (curve.length + 1) * 100) {
				await cdp.send('HeapProfiler.collectGarbage');
				curve.push({ transitions: done, heapMB: (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576 });
			}
		}
		const end = await sample();
		if (done < target) errors.push(`stopped after ${done} of ${target} transitions (time limit)`);
		return { target, transitions: end.transitions - start.transitions, seconds: (Date.now() - t0) / 1000, start, end, heapGrowthMB: end.heapMB - start.heapMB, curve, errors };
	} finally {
		await browser.close();
		await server.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const r = await kioskSoak(Number(process.argv[2] ?? 1000), (done) => process.stdout.write(`\r${done} / ${Number(process.argv[2] ?? 1000)} transitions`));
	console.log('\n');
	console.table({
		start: { ...r.start, heapMB: r.start.heapMB.toFixed(2) },
		end: { ...r.end, heapMB: r.end.heapMB.toFixed(2) }
	});
	console.log(`chapter transitions: ${r.transitions} in ${r.seconds.toFixed(0)} s`);
	console.log(`JS heap growth: ${r.heapGrowthMB.toFixed(2)} MB (target < 5 MB)`);
	console.log(`heap every 100 transitions, MB: ${r.curve.map((c) => c.heapMB.toFixed(2)).join(' ')}`);
	console.log(`live WebGL contexts at the end: ${r.end.webglLive} (target 1); DOM nodes ${r.start.domNodes} → ${r.end.domNodes}`);
	console.log(`page errors: ${r.errors.length}${r.errors.length ? `: ${r.errors.slice(0, 5).join(' | ')}` : ''} (target 0)`);
}
