// Article embeds in real Chromium: a host page on another origin embeds two journeys with embed.js; maps draw, heights follow, the postMessage API works, nothing leaves the two local servers.
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { canvasPixelStats, watch } from './helpers';
import { HOST_PORT, PORT } from '../../playwright.config';

const SITE = `http://127.0.0.1:${PORT}`;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const JOURNEYS = readdirSync('geodata/journeys').filter((f) => f.endsWith('.geojson')).map((f) => f.replace(/\.geojson$/, ''));

mkdirSync('shots', { recursive: true });

let server: Server;
test.beforeAll(async () => {
	const html = readFileSync('tests/e2e/fixtures/embed-host.html', 'utf8').replace('http://127.0.0.1:4173', SITE);
	server = createServer((req, res) => {
		if (req.url === '/' || req.url === '/index.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
		else res.writeHead(404).end();
	});
	await new Promise<void>((resolve) => server.listen(HOST_PORT, '127.0.0.1', resolve));
});
test.afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
});

interface HostEvent {
	embed: string;
	source: string;
	type: string;
	[k: string]: unknown;
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: HostEvent[] }).__events);
const lastOf = async (page: Page, embed: string, type: string) => (await events(page)).filter((e) => e.embed === embed && e.type === type).at(-1);

/** Posts a message to an embed from the host page, as a host article would. */
async function send(page: Page, embed: string, message: unknown) {
	await page.evaluate(
		([embed, message, site]) => document.querySelector<HTMLIFrameElement>(`#${embed} iframe`)!.contentWindow!.postMessage(message, site as string),
		[embed, message, SITE] as const
	);
}

const readoutDate = (f: FrameLocator) => f.getByTestId('readout').getAttribute('data-date');

async function frameHeight(page: Page, embed: string) {
	return (await page.locator(`#${embed} iframe`).boundingBox())!.height;
}

test('a host page on another origin embeds two journeys that draw, size themselves and answer the API', async ({ page }) => {
	await page.addInitScript(() => {
		const w = window as unknown as { __errors: string[] };
		w.__errors = [];
		addEventListener('error', (e) => w.__errors.push(String(e.message)));
		addEventListener('unhandledrejection', (e) => w.__errors.push(String(e.reason)));
	});
	const w = watch(page, [SITE, HOST]);
	await page.setViewportSize({ width: 1000, height: 900 });
	await page.goto(HOST);
	const a = page.frameLocator('#a iframe');
	const b = page.frameLocator('#b iframe');

	// Both maps draw (sampled pixels: many colours, not one flat fill).
	for (const f of [a, b]) {
		await expect(f.locator('.map-stage')).toHaveAttribute('data-map-ready', 'true', { timeout: 90_000 });
		const stats = await canvasPixelStats(f.locator('.map-stage canvas'));
		expect(stats.distinct).toBeGreaterThan(20);
		expect(stats.nonDominant).toBeGreaterThan(0.1);
	}
	await expect.poll(async () => (await events(page)).filter((e) => e.type === 'ready').map((e) => `${e.embed}:${e.journey}`).sort()).toEqual(['a:mao-outbound', 'b:liu-shaoqi-mission']);
	const ready = (await lastOf(page, 'a', 'ready'))!;
	const chapters = ready.chapters as { id: string; title: string }[];
	expect(ready.chapter).toBe('baikal');
	await expect(a.locator('h1')).toHaveText(chapters.find((c) => c.id === 'baikal')!.title);

	// Heights follow the content: 4:3 in a 640 px column, 3:5 in a 360 px one.
	await expect.poll(() => frameHeight(page, 'a')).toBe(480);
	await expect.poll(() => frameHeight(page, 'b')).toBe(600);
	expect((await page.locator('#a iframe').boundingBox())!.width).toBe(640);
	await page.waitForTimeout(800);
	await page.locator('#a iframe').screenshot({ path: 'shots/embed-mao-outbound-640x480.png' });
	await page.locator('#b iframe').screenshot({ path: 'shots/embed-liu-shaoqi-mission-360x600.png' });

	// The reader's Next button inside the iframe plays the chapter: progress events come out.
	const p0 = Number((await lastOf(page, 'a', 'progress'))!.progress);
	await a.getByRole('button', { name: 'Next step' }).click();
	await expect.poll(async () => Number((await lastOf(page, 'a', 'progress'))!.progress)).toBeGreaterThan(p0);

	// goto: the chapter event comes back and the embed shows that chapter.
	const target = chapters.at(-2)!;
	await send(page, 'a', { target: 'treaty-road', command: 'goto', chapter: target.id });
	await expect.poll(async () => (await lastOf(page, 'a', 'chapter'))?.chapter).toBe(target.id);
	await expect(a.locator('h1')).toHaveText(target.title);

	// setProgress: 1 is the end of the journey, in Moscow on 16 December 1949.
	await send(page, 'a', { target: 'treaty-road', command: 'setProgress', progress: 1 });
	await expect.poll(async () => (await lastOf(page, 'a', 'progress'))?.progress).toBe(1);
	expect((await lastOf(page, 'a', 'progress'))!.chapter).toBe(chapters.at(-1)!.id);
	await expect.poll(() => readoutDate(a)).toBe('1949-12-16');
	await send(page, 'a', { target: 'treaty-road', command: 'goto', chapter: 2 });
	await expect.poll(async () => (await lastOf(page, 'a', 'chapter'))?.index).toBe(2);
	// Progress goes out on the next frame: wait for it before counting.
	await expect.poll(async () => (await lastOf(page, 'a', 'progress'))?.chapter).toBe(chapters[2]!.id);

	// Malformed or foreign messages change nothing and raise nothing.
	const before = { date: await readoutDate(a), count: (await events(page)).length };
	for (const junk of [
		null,
		'hello',
		[1, 2],
		{ target: 'treaty-road', command: 'setProgress', progress: 2 },
		{ target: 'treaty-road', command: 'setProgress', progress: '0.5' },
		{ target: 'treaty-road', command: 'goto', chapter: 'no-such-chapter' },
		{ target: 'treaty-road', command: 'goto', chapter: 99 },
		{ target: 'treaty-road', command: 'goto', chapter: '<b>' },
		{ target: 'treaty-road', command: 'eval', code: '1' },
		{ target: 'other', command: 'goto', chapter: 'moscow' },
		'pymxPYMxtreaty-road-1xPYMxwidthxPYMxabc'
	])
		await send(page, 'a', junk);
	// A forged event from the host's own window is not taken for the embed's.
	await page.evaluate(() => window.postMessage({ source: 'treaty-road', version: 1, type: 'height', height: 1500 }, '*'));
	await page.waitForTimeout(500);
	expect(await readoutDate(a)).toBe(before.date);
	expect((await events(page)).length).toBe(before.count);
	expect(await frameHeight(page, 'a')).toBe(480);

	// A host that floods the embed (2,000 setProgress in one task) gets at most one progress event a frame, and the last value.
	const flooded = (await events(page)).length;
	await page.evaluate((site) => {
		const win = document.querySelector<HTMLIFrameElement>('#a iframe')!.contentWindow!;
		for (let k = 1; k <= 2000; k++) win.postMessage({ target: 'treaty-road', command: 'setProgress', progress: k / 4000 }, site);
	}, SITE);
	await expect.poll(async () => (await lastOf(page, 'a', 'progress'))?.progress).toBe(0.5);
	const progressEvents = (await events(page)).slice(flooded).filter((e) => e.embed === 'a' && e.type === 'progress').length;
	expect(progressEvents, 'progress events for 2,000 messages').toBeLessThan(60);

	// Following the host's scroll: b plays while it is wholly in view (top from 300 to 0 px in a 900 px window).
	const bTop = await page.locator('#b').evaluate((el) => el.getBoundingClientRect().top + scrollY);
	await page.evaluate((y) => window.scrollTo(0, y), bTop - 150);
	await expect.poll(async () => Number((await lastOf(page, 'b', 'progress'))?.progress)).toBeCloseTo(0.5, 2);
	await send(page, 'b', { target: 'treaty-road', command: 'setProgress', progress: 0.25 });
	await expect.poll(async () => (await lastOf(page, 'b', 'progress'))?.progress).toBe(0.25);

	// The columns change width: the heights follow (and the screenshots at the other size).
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.locator('.col-a').evaluate((el) => (el.style.width = '360px'));
	await page.locator('.col-b').evaluate((el) => (el.style.width = '640px'));
	await expect.poll(() => frameHeight(page, 'a')).toBe(600);
	await expect.poll(() => frameHeight(page, 'b')).toBe(480);
	await send(page, 'a', { target: 'treaty-road', command: 'goto', chapter: 'baikal' });
	await page.waitForTimeout(1500);
	// No cookie, no storage, no cache, no service worker: the embeds keep nothing.
	for (const f of page.frames().filter((f) => f.url().startsWith(`${SITE}/embed/`))) {
		const kept = await f.evaluate(async () => ({
			cookie: document.cookie,
			local: localStorage.length,
			session: sessionStorage.length,
			caches: (await caches.keys()).length,
			idb: (await indexedDB.databases()).length,
			workers: (await navigator.serviceWorker.getRegistrations()).length
		}));
		expect(kept).toEqual({ cookie: '', local: 0, session: 0, caches: 0, idb: 0, workers: 0 });
	}
	await page.locator('#a iframe').screenshot({ path: 'shots/embed-mao-outbound-360x600.png' });
	await page.locator('#b iframe').screenshot({ path: 'shots/embed-liu-shaoqi-mission-640x480.png' });

	for (const frame of page.frames()) expect(await frame.evaluate(() => (window as unknown as { __errors?: string[] }).__errors ?? []), frame.url()).toEqual([]);
	expect(page.frames().filter((f) => f.url().startsWith(`${SITE}/embed/`))).toHaveLength(2);
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});

test('a Pym.js parent gets the height in its own protocol, and can send width and scroll', async ({ page }) => {
	const w = watch(page, [SITE, HOST]);
	await page.goto(HOST);
	const { heights, progress } = await page.evaluate(async (site) => {
		document.querySelectorAll('[data-journey]').forEach((el) => el.remove());
		const box = document.createElement('div');
		box.style.width = '500px';
		document.body.prepend(box);
		const f = document.createElement('iframe');
		f.src = `${site}/embed/return-1950/?initialWidth=500&childId=pym-test&parentTitle=Test&parentUrl=${encodeURIComponent(location.href)}`;
		f.style.cssText = 'width:100%;border:0;height:200px';
		box.append(f);
		const got: string[] = [];
		const progress: number[] = [];
		const re = /^pymxPYMxpym-testxPYMxheightxPYMx(\d+)$/;
		addEventListener('message', (e) => {
			if (e.source !== f.contentWindow) return;
			const m = typeof e.data === 'string' ? re.exec(e.data) : null;
			if (m) got.push(m[1]!);
			if (e.data?.source === 'treaty-road' && e.data.type === 'progress') progress.push(e.data.progress);
		});
		await new Promise((r) => f.addEventListener('load', r));
		await new Promise((r) => setTimeout(r, 1500));
		f.contentWindow!.postMessage('pymxPYMxpym-testxPYMxwidthxPYMx500', '*');
		// pym.Parent with trackscroll: viewport 1000×800, the 375 px iframe's top at 212.5 px, half-way through its wholly-visible run.
		f.contentWindow!.postMessage('pymxPYMxpym-testxPYMxviewport-iframe-positionxPYMx1000 800 212.5 0 587.5 500', '*');
		await new Promise((r) => setTimeout(r, 500));
		return { heights: got, progress };
	}, SITE);
	expect(progress.at(-1)).toBe(0.5);
	expect(heights.length).toBeGreaterThanOrEqual(2);
	expect(new Set(heights)).toEqual(new Set(['375']));
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});

test('every journey has an embed page; alone it fills the window, and its controls, keys and swipe step through it', async ({ page }) => {
	const w = watch(page, [SITE, HOST]);
	for (const id of JOURNEYS) {
		const res = await page.request.get(`${SITE}/embed/${id}/`);
		expect(res.status(), id).toBe(200);
	}
	await page.setViewportSize({ width: 640, height: 480 });
	await page.goto(`${SITE}/embed/mao-outbound/`);
	await expect(page.locator('.map-stage')).toHaveAttribute('data-map-ready', 'true', { timeout: 90_000 });
	expect(await page.locator('main.embed').evaluate((el) => el.getBoundingClientRect().height)).toBe(480);
	expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBe(480);
	const count = page.locator('.count');
	await expect(count).toHaveText(/^1 of \d+$/);
	const n = Number((await count.textContent())!.split(' of ')[1]);

	// The very first key press moves the train: the opening overview stands still, so the first step plays the departure.
	const date = () => page.getByTestId('readout').getAttribute('data-date');
	const km = async () => Number(await page.getByTestId('readout').getAttribute('data-km'));
	expect(await km()).toBe(0);
	await page.keyboard.press('ArrowRight');
	await expect.poll(km, { timeout: 10_000 }).toBeGreaterThan(0);
	await expect(count).toHaveText(`2 of ${n}`);
	await page.getByRole('button', { name: 'Previous step' }).click();
	await expect(count).toHaveText(`1 of ${n}`);
	await expect.poll(km, { timeout: 10_000 }).toBe(0);

	// Each step plays one chapter to its end; the next one moves on to the following chapter.
	await page.getByRole('button', { name: 'Next step' }).click();
	await page.getByRole('button', { name: 'Next step' }).click();
	await expect(count).toHaveText(`3 of ${n}`);
	await expect.poll(km, { timeout: 10_000 }).toBeGreaterThan(100);
	await expect
		.poll(async () => {
			const before = await km();
			await page.waitForTimeout(300);
			return (await km()) === before;
		}, { message: 'the step comes to rest' })
		.toBe(true);
	const k2 = await km();
	await page.getByRole('button', { name: 'Previous step' }).click();
	await expect.poll(km).toBeLessThan(k2);
	await expect(count).toHaveText(`2 of ${n}`);

	const slider = page.getByRole('slider', { name: 'Position in the journey' });
	await slider.fill('1000');
	await expect.poll(date).toBe('1949-12-16');
	await expect(count).toHaveText(`${n} of ${n}`);
	await expect(slider).toHaveAttribute('aria-valuetext', /16 December 1949/);
	await slider.press('Home');
	await expect(count).toHaveText(`1 of ${n}`);

	// A swipe to the left on the map is a step forward, and so is the right arrow key.
	const box = (await page.locator('.map-stage').boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2, { steps: 5 });
	await page.mouse.up();
	await expect.poll(async () => Number(await slider.inputValue())).toBe(Math.round(2000 / n));
	await page.keyboard.press('ArrowRight');
	await expect(count).toHaveText(`3 of ${n}`);

	// Options: no controls, part of a journey by dates, another language for the controls.
	await page.setViewportSize({ width: 360, height: 600 });
	await page.goto(`${SITE}/embed/return-1950/?controls=0&from=1950-02-20&to=1950-02-25&lang=zh`);
	await expect(page.locator('.map-stage')).toHaveAttribute('data-map-ready', 'true', { timeout: 90_000 });
	await expect(page.getByRole('button')).toHaveCount(0);
	await expect(page.getByRole('slider')).toHaveCount(0);
	await expect.poll(date).toBe('1950-02-20');
	await page.waitForTimeout(500);
	await page.screenshot({ path: 'shots/embed-return-1950-no-controls-360x600.png' });
	await page.goto(`${SITE}/embed/return-1950/?lang=zh&autoplay=1`);
	await expect(page.getByRole('button', { name: '暂停' })).toBeVisible({ timeout: 90_000 });
	await expect.poll(async () => (await date()) ?? '', { timeout: 20_000 }).not.toBe('1950-02-17');
	await page.getByRole('button', { name: '暂停' }).click();
	await expect(page.getByRole('button', { name: '播放' })).toBeVisible();

	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});
