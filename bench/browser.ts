// Benchmark: build time and size, time to first map render, and main-thread cost while scrolling the story, in headless Chromium. Prints figures.
import { execSync } from 'node:child_process';
import { launchChromium, startPreview } from '../scripts/lib/chromium';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const PORT = 4178;

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

export function benchBuild(): Record<string, string> {
	const t0 = performance.now();
	execSync('npm run build', { stdio: 'ignore' });
	const buildS = (performance.now() - t0) / 1000;
	const js = walk('build').filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
	const gz = js.map((f) => ({ f, gz: gzipSync(readFileSync(f)).length }));
	gz.sort((a, b) => b.gz - a.gz);
	const all = walk('build').map((f) => ({ f, gz: gzipSync(readFileSync(f)).length }));
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	return {
		'build time (npm run build)': `${buildS.toFixed(1)} s`,
		'JS total, gzipped': kb(gz.reduce((a, b) => a + b.gz, 0)),
		'largest JS chunk, gzipped': `${kb(gz[0]!.gz)} (${gz[0]!.f.split('/').pop()})`,
		'whole site, gzipped': kb(all.reduce((a, b) => a + b.gz, 0))
	};
}

export async function benchBrowser(): Promise<Record<string, string>> {
	const stop = await startPreview(PORT);
	try {
		const browser = await launchChromium();
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		await page.addInitScript(() => {
			(window as unknown as { __long: number[] }).__long = [];
			new PerformanceObserver((l) => l.getEntries().forEach((e) => (window as unknown as { __long: number[] }).__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
		});
		await page.goto(`http://127.0.0.1:${PORT}/`);
		await page.waitForSelector('.map-stage[data-map-ready="true"]', { timeout: 120_000 });
		const firstRender = await page.evaluate(() => performance.getEntriesByName('map-first-render')[0]?.startTime ?? NaN);
		const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
		await page.evaluate(() => ((window as unknown as { __long: number[] }).__long = []));
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Performance.enable');
		const metric = async (name: string) => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0);
		const [script0, task0] = [await metric('ScriptDuration'), await metric('TaskDuration')];
		// Scroll the whole story in small steps, one per frame, like a steady reader's wheel.
		const frames = await page.evaluate(async () => {
			const deltas: number[] = [];
			const end = document.documentElement.scrollHeight - innerHeight;
			let last = performance.now();
			for (let y = 0; y <= end; y += 40) {
				scrollTo(0, y);
				await new Promise((r) => requestAnimationFrame(r));
				const now = performance.now();
				deltas.push(now - last);
				last = now;
			}
			return deltas;
		});
		const [script1, task1] = [await metric('ScriptDuration'), await metric('TaskDuration')];
		// What the page downloaded: every same-origin resource, gzipped as a CDN would serve it.
		const urls = await page.evaluate(() => [location.href.split('#')[0]!, ...performance.getEntriesByType('resource').map((e) => e.name)]);
		const files = [...new Set(urls.map((u) => new URL(u).pathname))].map((p) => (p === '/' ? 'build/index.html' : `build${p.endsWith('/') ? `${p}index.html` : p}`));
		const sizes = files.map((f) => {
			try {
				const b = readFileSync(f);
				return { raw: b.length, gz: gzipSync(b).length };
			} catch {
				return { raw: 0, gz: 0 };
			}
		});
		const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
		await browser.close();
		frames.sort((a, b) => a - b);
		const q = (p: number) => frames[Math.min(frames.length - 1, Math.floor(p * frames.length))]!;
		return {
			'page load: resources, raw / gzipped': `${files.length}, ${(sizes.reduce((a, x) => a + x.raw, 0) / 1024).toFixed(0)} KB / ${(sizes.reduce((a, x) => a + x.gz, 0) / 1024).toFixed(0)} KB`,
			'first contentful paint (text)': `${fcp.toFixed(0)} ms`,
			'navigation → first complete map render': `${firstRender.toFixed(0)} ms`,
			'scroll frames measured': String(frames.length),
			'frame time while scrolling, median / p95': `${q(0.5).toFixed(1)} / ${q(0.95).toFixed(1)} ms (≈ ${(1000 / q(0.5)).toFixed(0)} fps, software WebGL)`,
			'main-thread script / all tasks per scroll frame': `${(((script1 - script0) * 1000) / frames.length).toFixed(1)} / ${(((task1 - task0) * 1000) / frames.length).toFixed(1)} ms`,
			'long tasks while scrolling (count, longest)': `${long.length}, ${long.length ? Math.max(...long).toFixed(0) : 0} ms`
		};
	} finally {
		stop();
	}
}
