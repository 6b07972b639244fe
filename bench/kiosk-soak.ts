// `npx tsx bench/kiosk-soak.ts [transitions]`: runs the kiosk's attract loop at high speed in headless Chromium and prints heap, DOM nodes, WebGL contexts and page errors at the start and the end.
import { launchChromium, startPreview } from '../scripts/lib/chromium';

const PORT = 4181;
const TARGET = Number(process.argv[2] ?? 1000);
const DWELL_S = 0.25;

const stop = await startPreview(PORT);
const browser = await launchChromium();
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
	const sample = async () => {
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
	await page.goto(`http://127.0.0.1:${PORT}/kiosk?idle=3600&dwell=${DWELL_S}`);
	await page.waitForSelector('.kiosk[data-map-ready="true"]', { timeout: 120_000 });
	await page.waitForTimeout(3000);
	const start = await sample();
	const t0 = Date.now();
	let last = start;
	while (last.transitions - start.transitions < TARGET) {
		await page.waitForTimeout(5000);
		last = await page.evaluate(() => ({ transitions: Number(document.querySelector('.kiosk')?.getAttribute('data-transitions') ?? 0) })) as typeof last;
		process.stdout.write(`\r${last.transitions - start.transitions} / ${TARGET} transitions`);
	}
	const end = await sample();
	console.log('\n');
	console.table({
		start: { ...start, heapMB: start.heapMB.toFixed(2) },
		end: { ...end, heapMB: end.heapMB.toFixed(2) }
	});
	console.log(`chapter transitions: ${end.transitions - start.transitions} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
	console.log(`JS heap growth: ${(end.heapMB - start.heapMB).toFixed(2)} MB (target < 5 MB)`);
	console.log(`live WebGL contexts at the end: ${end.webglLive} (target 1); DOM nodes ${start.domNodes} → ${end.domNodes}`);
	console.log(`page errors: ${errors.length}${errors.length ? `: ${errors.slice(0, 5).join(' | ')}` : ''} (target 0)`);
} finally {
	await browser.close();
	stop();
}
