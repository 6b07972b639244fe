// Deploying as a museum or a newsroom would: python's plain static server, a base path, the CSP, embed.js against its manifest, unknown pages, and a kiosk that recovers from a bad deploy by itself.
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_PATH, BASE_PORT, DEPLOY_PORT, HOST_PORT_2, PORT } from '../../playwright.config';
import { mapPixelStats, watch } from './helpers';

const ROOT = `http://127.0.0.1:${PORT}`;
const BASE = `http://127.0.0.1:${BASE_PORT}`;

/** Collects the page's CSP violations (also reported as console errors, which `watch` records). */
async function cspWatch(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
	});
	return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

async function policy(page: Page): Promise<string> {
	return (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
}

test.describe('under a base path, from python3 -m http.server', () => {
	for (const [path, stage] of [
		['/', '.map-stage'],
		['/kiosk', '.kiosk .map-stage'],
		['/embed/mao-outbound', '.map-stage'],
		['/ru/', '.map-stage']
	] as const) {
		test(`${BASE_PATH}${path} draws its map with every request under the path and no CSP violation`, async ({ page }) => {
			const w = watch(page, [BASE]);
			const violations = await cspWatch(page);
			const paths: string[] = [];
			// blob: addresses are the page's own memory (app.html's WebGL probe runs its worker from one), not requests to a server.
			page.on('request', (r) => r.url().startsWith('blob:') || paths.push(new URL(r.url()).pathname));
			const response = await page.goto(`${BASE}${BASE_PATH}${path}`);
			expect(response!.status()).toBe(200);
			// The plain server redirects /kiosk to /kiosk/, whose index.html is the kiosk (not a directory listing).
			expect(new URL(page.url()).pathname).toBe(`${BASE_PATH}${path.endsWith('/') ? path : `${path}/`}`);
			await expect(page.locator(stage)).toHaveAttribute('data-map-ready', 'true', { timeout: 90_000 });
			expect((await mapPixelStats(page, `${stage} canvas`)).nonDominant).toBeGreaterThan(0.1);
			const csp = await policy(page);
			expect(csp).toMatch(/script-src 'self' 'sha256-/);
			expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
			expect(csp).toContain("object-src 'none'");
			expect(csp).toContain("base-uri 'self'");
			expect(csp).toContain("worker-src 'self' blob:");
			expect(csp).toContain("connect-src 'self'");
			expect(paths.filter((p) => !p.startsWith(`${BASE_PATH}/`))).toEqual([]);
			expect(await violations()).toEqual([]);
			expect(w.errors).toEqual([]);
			expect(w.foreign).toEqual([]);
		});
	}
});

test('the build carries its third-party notices under the base path, linked from the story', async ({ page, request }) => {
	const response = await request.get(`${BASE}${BASE_PATH}/THIRD-PARTY-NOTICES.txt`);
	expect(response.status()).toBe(200);
	const text = await response.text();
	for (const needle of [/^maplibre-gl \S+ — BSD-3-Clause$/m, /^svelte \S+ — MIT$/m, /GSHHG/, /OpenStreetMap/, /GeoNames/, /Natural Earth/, /SIL OPEN FONT LICENSE/]) expect(text).toMatch(needle);
	await page.goto(`${BASE}${BASE_PATH}/`);
	await expect(page.locator('footer a[href$="THIRD-PARTY-NOTICES.txt"]')).toHaveAttribute('href', `${BASE_PATH}/THIRD-PARTY-NOTICES.txt`);
});

test('the root build: /kiosk and /embed/<id> are served as pages by the plain server', async ({ page }) => {
	const w = watch(page);
	for (const [path, stage] of [
		['/kiosk', '.kiosk .map-stage'],
		['/embed/liu-shaoqi-mission', '.map-stage']
	] as const) {
		await page.goto(path);
		expect(new URL(page.url()).pathname).toBe(`${path}/`);
		await expect(page.locator(stage)).toHaveAttribute('data-map-ready', 'true', { timeout: 90_000 });
	}
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});

test.describe('embed.js under a base path', () => {
	let server: Server;
	test.beforeAll(async () => {
		const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>
<div id="good" data-journey="zhou-enlai-journey" style="width:600px"></div>
<div id="typo" data-journey="mao-outbund" style="width:600px"></div>
<script async src="${BASE}${BASE_PATH}/embed.js"></script></body></html>`;
		server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
		await new Promise<void>((resolve) => server.listen(HOST_PORT_2, '127.0.0.1', resolve));
	});
	test.afterAll(() => new Promise((resolve) => server.close(resolve)));

	test('a known journey is framed from under the path; an unknown one is refused before any frame, with a console warning', async ({ page }) => {
		const host = `http://127.0.0.1:${HOST_PORT_2}`;
		const w = watch(page, [BASE, host]);
		const warnings: string[] = [];
		page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
		await page.goto(host);
		const frame = page.locator('#good iframe');
		await expect(frame).toHaveAttribute('src', new RegExp(`^${BASE}${BASE_PATH}/embed/zhou-enlai-journey/`));
		await expect(page.frameLocator('#good iframe').locator('.map-stage')).toHaveAttribute('data-map-ready', 'true', { timeout: 90_000 });
		await expect(page.locator('#typo')).toHaveAttribute('data-journey-error', 'unknown');
		expect(await page.locator('#typo iframe').count()).toBe(0);
		expect(warnings.join('\n')).toMatch(/no journey "mao-outbund"/);
		expect(w.errors).toEqual([]);
		expect(w.foreign).toEqual([]);
	});
});

test('once the service worker runs, an unknown page is the styled not-found page, online and offline', async ({ page, context }) => {
	await page.goto('/kiosk/?idle=60');
	await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 90_000 });
	// python's server has no not-found page of its own: the worker answers with the site's.
	let response = await page.goto('/embed/no-such-journey/');
	expect(response!.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'This page is not part of the story' })).toBeVisible();
	await context.setOffline(true);
	response = await page.goto('/no/such/page/');
	expect(response!.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'This page is not part of the story' })).toBeVisible();
	await page.screenshot({ path: 'shots/not-found.png' });
	await context.setOffline(false);
});

test.describe('a bad deploy', () => {
	const origin = `http://127.0.0.1:${DEPLOY_PORT}`;
	let dir: string;
	let server: ChildProcess;

	test.beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'treaty-deploy-'));
		cpSync('build', dir, { recursive: true });
		server = spawn('python3', ['-m', 'http.server', String(DEPLOY_PORT), '--bind', '127.0.0.1', '--directory', dir], { stdio: 'ignore' });
		await expect.poll(() => fetch(`${origin}/`).then((r) => r.status, () => 0), { timeout: 20_000 }).toBe(200);
	});
	test.afterAll(() => {
		server.kill();
		rmSync(dir, { recursive: true, force: true });
	});

	/**
	 * Deploys, over the good build, a kiosk page whose own module throws when it loads (new hashed files beside the old ones, as a
	 * real deploy adds them), with the page's CSP hash recomputed as the build would. Returns a function that deploys the good page again.
	 */
	function deployBrokenKiosk(): () => void {
		const pagePath = join(dir, 'kiosk/index.html');
		const good = readFileSync(pagePath, 'utf8');
		const node = good.match(/node_ids: \[0, (\d+)\]/)![1];
		const entry = join(dir, '_app/immutable/entry');
		const appFile = readdirSync(entry).find((f) => /^app\..+\.js$/.test(f))!;
		const app = readFileSync(join(entry, appFile), 'utf8');
		const nodeFile = app.match(new RegExp(`\\.\\./nodes/${node}\\.[\\w-]+\\.js`))![0];
		writeFileSync(join(dir, `_app/immutable/nodes/${node}.broken.js`), 'throw new Error("a broken deploy: the kiosk module fails to load");\n');
		writeFileSync(join(entry, 'app.broken.js'), app.replaceAll(nodeFile, `../nodes/${node}.broken.js`));
		const inline = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).find((s) => s.includes('kit.start'))!;
		const hash = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;
		let bad = good.replaceAll(appFile, 'app.broken.js');
		bad = bad.replace(hash(inline(good)), hash(inline(bad)));
		expect(bad).not.toBe(good);
		writeFileSync(pagePath, bad);
		return () => writeFileSync(pagePath, good);
	}

	test('a kiosk whose new build fails to start reloads itself with back-off, and returns when a good build is deployed', async ({ page }) => {
		// Three kiosk loads and two back-off waits, on software WebGL at 1920×1080.
		test.setTimeout(300_000);
		const loads: number[] = [];
		page.on('load', () => loads.push(Date.now()));
		const warnings: string[] = [];
		page.on('console', (m) => /watchdog/.test(m.text()) && warnings.push(m.text()));
		const healthy = () => page.evaluate(() => Boolean((window as unknown as { __kioskHealthy?: boolean }).__kioskHealthy));
		await page.goto(`${origin}/kiosk/?idle=60&watchdog=3`);
		await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 90_000 });
		expect(await healthy()).toBe(true);

		const restore = deployBrokenKiosk();
		await page.reload();
		// The broken module never starts the kiosk; the watchdog (in the page's HTML, not the app) reloads after 3 s + 5 s, then 3 s + 10 s.
		await expect.poll(() => loads.length, { timeout: 40_000 }).toBeGreaterThanOrEqual(4);
		expect(await healthy()).toBe(false);
		expect(warnings.some((w) => /reloading in 5 s/.test(w)) && warnings.some((w) => /reloading in 10 s/.test(w))).toBe(true);
		const gaps = loads.slice(-3).map((t, i, a) => (i ? t - a[i - 1]! : 0)).slice(1);
		expect(gaps[1]!, 'the second wait is longer than the first').toBeGreaterThan(gaps[0]!);

		// Fixed: the next reload takes the good build (pages are network-first), and the kiosk runs again by itself.
		restore();
		await expect.poll(healthy, { timeout: 60_000 }).toBe(true);
		await expect(page.locator('.kiosk .map-stage')).toHaveAttribute('data-map-ready', 'true', { timeout: 90_000 });
		const settled = loads.length;
		// Healthy, the watchdog stands down and clears its count.
		await expect.poll(() => page.evaluate(() => sessionStorage.getItem('treaty-road:watchdog')), { timeout: 10_000 }).toBeNull();
		await page.waitForTimeout(4_000);
		expect(loads.length, 'no reload once healthy').toBe(settled);
	});
});
