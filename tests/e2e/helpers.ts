// Shared browser-test helpers: page error and request watchers, map readiness, pixel sampling, scrolling to a point of a chapter.
import { expect, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { PORT } from '../../playwright.config';

export interface Watch {
	errors: string[];
	foreign: string[];
}

/** Records page errors, console errors, failed responses and every request that is not to one of the local servers. */
export function watch(page: Page, origins: readonly string[] = [`http://127.0.0.1:${PORT}`]): Watch {
	const w: Watch = { errors: [], foreign: [] };
	page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') w.errors.push(`console: ${m.text()}`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400) w.errors.push(`HTTP ${r.status()}: ${r.url()}`);
	});
	page.on('request', (r) => {
		const url = r.url();
		if (!origins.some((o) => url.startsWith(`${o}/`)) && !url.startsWith('data:') && !url.startsWith('blob:')) w.foreign.push(url);
	});
	return w;
}

export async function waitForMap(page: Page): Promise<void> {
	await expect(page.locator('.map-stage')).toHaveAttribute('data-map-ready', 'true', { timeout: 90_000 });
}

/** Distinct colours and the share of pixels that differ from the most common colour, in a screenshot of the map. */
export async function mapPixelStats(page: Page, selector = '.map-stage canvas'): Promise<{ distinct: number; nonDominant: number }> {
	return canvasPixelStats(page.locator(selector));
}

export async function canvasPixelStats(canvas: Locator): Promise<{ distinct: number; nonDominant: number }> {
	const png = PNG.sync.read(await canvas.screenshot());
	const counts = new Map<number, number>();
	for (let i = 0; i < png.data.length; i += 4 * 7) {
		// Quantise a little so antialiasing noise does not count as "content".
		const key = ((png.data[i]! >> 3) << 10) | ((png.data[i + 1]! >> 3) << 5) | (png.data[i + 2]! >> 3);
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const total = [...counts.values()].reduce((a, b) => a + b, 0);
	const dominant = Math.max(...counts.values());
	return { distinct: counts.size, nonDominant: 1 - dominant / total };
}

export interface Readout {
	date: string;
	km: number;
	lng: number;
	lat: number;
	text: string;
}

export async function readout(page: Page): Promise<Readout> {
	const el = page.getByTestId('readout');
	const [date, km, lng, lat, text] = await Promise.all([
		el.getAttribute('data-date'),
		el.getAttribute('data-km'),
		el.getAttribute('data-lng'),
		el.getAttribute('data-lat'),
		el.innerText()
	]);
	return { date: date ?? '', km: Number(km), lng: Number(lng), lat: Number(lat), text };
}

/** Scrolls so that the reading line (mid-viewport) sits at `progress` of the chapter, then waits two frames. */
export async function scrollToChapter(page: Page, id: string, progress: number): Promise<void> {
	await page.evaluate(
		([id, progress]) => {
			const sections = [...document.querySelectorAll<HTMLElement>('section.chapter')];
			const k = sections.findIndex((s) => s.id === id);
			if (k < 0) throw new Error(`no chapter ${id}`);
			const top = sections[k]!.getBoundingClientRect().top + scrollY;
			const next = sections[k + 1] ? sections[k + 1]!.getBoundingClientRect().top + scrollY : sections[k]!.getBoundingClientRect().bottom + scrollY;
			window.scrollTo({ top: top + (progress as number) * (next - top) - innerHeight * 0.5, behavior: 'instant' });
		},
		[id, progress] as const
	);
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Scrolls frame by frame, as a reader's steady scroll would, from where the page is to where the reading line sits at `fraction`
 * of section `id`, in `ms`. Returns the readout's kilometres seen along the way, one per distinct value.
 */
export async function scrollSteadily(page: Page, id: string, fraction: number, ms: number): Promise<string[]> {
	return page.evaluate(
		async ([id, fraction, ms]) => {
			const section = document.getElementById(id as string);
			if (!section) throw new Error(`no section ${id}`);
			const from = scrollY;
			const to = section.getBoundingClientRect().top + scrollY + section.offsetHeight * (fraction as number) - innerHeight * 0.5;
			const kms = new Set<string>();
			const t0 = performance.now();
			await new Promise<void>((done) => {
				const step = () => {
					const k = Math.min(1, (performance.now() - t0) / (ms as number));
					scrollTo(0, from + k * (to - from));
					kms.add(document.querySelector('[data-testid="readout"]')?.getAttribute('data-km') ?? '');
					if (k < 1) requestAnimationFrame(step);
					else done();
				};
				requestAnimationFrame(step);
			});
			return [...kms];
		},
		[id, fraction, ms] as const
	);
}

export async function chapterIds(page: Page): Promise<string[]> {
	return page.locator('section.chapter').evaluateAll((els) => els.map((e) => e.id));
}
