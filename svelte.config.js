// SvelteKit configuration: a fully prerendered static site (adapter-static) that any static host serves as files, under any base path, with a strict CSP.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * BASE_PATH=/graphics/treaty-road npm run build makes a site that works under that path
 * (no trailing slash; empty for the root).
 */
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (base && !base.startsWith('/')) throw new Error(`BASE_PATH must start with "/" (got "${base}")`);

/** The hand-written inline scripts of app.html (the WebGL probe, the kiosk watchdog): the CSP allows exactly these, by hash. */
const inlineScriptHashes = [...readFileSync('src/app.html', 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	([, body]) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(body).digest('base64')}`)
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR: where the site is written (the tests put a base-path build in a folder of that path).
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', assets: process.env.BUILD_DIR ?? 'build', fallback: undefined, strict: true }),
		paths: { base },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Registered by src/routes/+layout.svelte on every page but the article embeds.
		serviceWorker: { register: false },
		// Type-check the benchmark (bench/: Node scripts and the comparison pages) with the rest under `npm run check`.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../bench/**/*.ts');
			}
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// SvelteKit adds the hash of its own hydration script; ours are listed here. No 'unsafe-inline' for scripts.
				'script-src': ['self', ...inlineScriptHashes],
				// MapLibre and Svelte set style attributes; styles cannot run code.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
				// No frame-ancestors: embeds are meant to be framed by any article (and a <meta> policy cannot set it anyway).
			}
		}
	}
};

export default config;
