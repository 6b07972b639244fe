// `npx tsx scripts/kiosk-screenshots.ts`: the built kiosk at 1920×1080 in each edition — the attract loop, a journey a visitor picked, and the journey row scrolled to its end — into shots/, for a person to look at.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchChromium, startPreview } from './lib/chromium';

const PORT = Number(process.env.SHOTS_PORT ?? 4179);
const SITE = `http://127.0.0.1:${PORT}`;
const LANGS = ['en', 'zh', 'ru'] as const;

/** Waits for the map to have drawn the position on screen: ready, and two frames since. */
async function settled(page: Page) {
	await page.waitForSelector('.map-stage[data-map-ready="true"]', { timeout: 180_000 });
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const stop = await startPreview(PORT);
const browser = await launchChromium();
mkdirSync('shots', { recursive: true });
try {
	for (const lang of LANGS) {
		const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
		// The attract loop, in a long chapter (Baikal), a third of the way through: its card has turned a page.
		await page.goto(`${SITE}/kiosk/?lang=${lang}&idle=600&dwell=20&chapter=baikal`);
		await settled(page);
		await page.waitForFunction(() => document.querySelector('.kiosk')?.getAttribute('data-chapter') === 'baikal', null, { timeout: 60_000 });
		await page.waitForTimeout(8000);
		await page.screenshot({ path: `shots/kiosk-${lang}-attract.png` });
		// A visitor picks Mao's train to Moscow: it plays its first chapter.
		await page.locator('.journeys button[data-journey="mao-outbound"]').click();
		await page.waitForFunction(() => document.querySelector('.kiosk')?.getAttribute('data-mode') === 'visitor');
		await page.waitForTimeout(6000);
		await settled(page);
		await page.screenshot({ path: `shots/kiosk-${lang}-journey.png` });
		// The journey row scrolled to its end, with the last journey chosen.
		await page.locator('.journeys button').last().click();
		await page.waitForTimeout(3000);
		await settled(page);
		await page.screenshot({ path: `shots/kiosk-${lang}-picker.png` });
		await page.close();
	}
	console.log('kiosk screenshots written to shots/');
} finally {
	await browser.close();
	stop();
}
