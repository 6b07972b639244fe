// SvelteKit configuration: a fully prerendered static site (adapter-static), served by any static host.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Registered by src/routes/+layout.svelte on every page but the article embeds.
		serviceWorker: { register: false },
		// Type-check the benchmark (bench/: Node scripts and the comparison pages) with the rest under `npm run check`.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../bench/**/*.ts');
			}
		}
	}
};

export default config;
