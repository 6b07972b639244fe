// `npx tsx scripts/screenshots.ts [chapter-id …]`: screenshots of the built story at desktop, phone, kiosk and embed sizes, and of the kiosk and an embed, into shots/, for a person to look at.
import { mkdirSync } from 'node:fs';
import { launchChromium, startPreview } from './lib/chromium';

const PORT = 4179;
const SITE = `http://127.0.0.1:${PORT}`;
const SIZES = { desktop: [1440, 900], phone: [390, 844], kiosk: [1920, 1080], embed: [640, 480] } as const;
const ready = '.map-stage[data-map-ready="true"]';

const stop = await startPreview(PORT);
const browser = await launchChromium();
mkdirSync('shots', { recursive: true });
try {
	for (const [name, [width, height]] of Object.entries(SIZES)) {
		const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: name === 'phone' ? 2 : 1 });
		await page.goto(`${SITE}/`);
		await page.waitForSelector(ready, { timeout: 120_000 });
		const ids = process.argv.slice(2).length ? process.argv.slice(2) : await page.locator('section.chapter').evaluateAll((els) => els.map((e) => e.id));
		for (const id of ids) {
			await page.evaluate((id) => {
				const s = document.getElementById(id)!;
				const top = s.getBoundingClientRect().top + scrollY;
				const next = (s.nextElementSibling as HTMLElement | null)?.getBoundingClientRect().top ?? s.getBoundingClientRect().bottom;
				scrollTo(0, top + 0.6 * (next + scrollY - top) - innerHeight / 2);
			}, id);
			await page.waitForTimeout(1200);
			await page.screenshot({ path: `shots/${name}-${id}.png` });
		}
		await page.close();
	}
	// The kiosk (its attract loop, a few seconds in) and an embed of Mao's train at Baikal.
	const kiosk = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
	await kiosk.goto(`${SITE}/kiosk?dwell=6`);
	await kiosk.waitForSelector(ready, { timeout: 120_000 });
	await kiosk.waitForTimeout(4000);
	await kiosk.screenshot({ path: 'shots/kiosk-page.png' });
	await kiosk.close();
	const embed = await browser.newPage({ viewport: { width: 640, height: 480 } });
	await embed.goto(`${SITE}/embed/mao-outbound?chapter=baikal`);
	await embed.waitForSelector(ready, { timeout: 120_000 });
	await embed.waitForTimeout(1500);
	await embed.screenshot({ path: 'shots/embed-page.png' });
	await embed.close();
	console.log('screenshots written to shots/');
} finally {
	await browser.close();
	stop();
}
