// Browser tests in Debian's Chromium (never a downloaded browser) against the built, prerendered site, served by Debian's python3 as any static host would.
import { defineConfig } from '@playwright/test';

/** E2E_PORT moves the test servers (this one and the next few ports), so that two checkouts can run their tests at once. */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The same site built under a base path (npm run build:base), as a newsroom would host it. */
export const BASE_PORT = PORT + 1;
/** Ports the tests' own servers use: a copy of the build to deploy into, and host articles on other origins. */
export const DEPLOY_PORT = PORT + 2;
export const HOST_PORT = PORT + 7;
export const HOST_PORT_2 = PORT + 8;
export const BASE_PATH = '/graphics/treaty-road';

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 120_000,
	expect: { timeout: 30_000 },
	workers: 1,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		viewport: { width: 1440, height: 900 },
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--enable-unsafe-swiftshader',
				'--use-angle=swiftshader',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	// Plain static servers, as the README tells a museum or a newsroom to use: files as they are, no rewrites.
	webServer: [
		{
			command: `python3 -m http.server ${PORT} --bind 127.0.0.1 --directory build`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		},
		{
			command: `python3 -m http.server ${BASE_PORT} --bind 127.0.0.1 --directory build-base`,
			url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		}
	]
});
