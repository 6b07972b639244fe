// Vite config of the benchmark's comparison pages (bench/pages/bare, bench/pages/step), built into bench/out/pages/ (git-ignored, never part of build/).
// `npm run bench` builds them; by hand: `npx vite build --config bench/vite.config.ts --configLoader runner` (after `npm run build`, which generates the data they read).
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { benchConfig, type BenchConfig } from './lib/story-config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * `virtual:bench-map` (what both pages need) and `virtual:bench-step` (chapters, cameras, routes: the step page only),
 * computed at build time from the project's data (bench/lib/story-config.ts).
 */
function benchConfigModules(): Plugin {
	const ids: Record<string, keyof BenchConfig> = { 'virtual:bench-map': 'map', 'virtual:bench-step': 'step' };
	let config: Promise<BenchConfig> | undefined;
	return {
		name: 'bench-config',
		resolveId: (source) => (source in ids ? `\0${source}` : undefined),
		async load(resolved) {
			const key = ids[resolved.slice(1)];
			if (!resolved.startsWith('\0') || !key) return undefined;
			config ??= benchConfig();
			return `export default ${JSON.stringify((await config)[key])};`;
		}
	};
}

export default defineConfig({
	root: here('./pages'),
	publicDir: false,
	logLevel: 'warn',
	plugins: [benchConfigModules()],
	build: {
		outDir: here('./out/pages'),
		emptyOutDir: true,
		reportCompressedSize: false,
		// MapLibre alone is about 1 MB minified: expected here, not worth a warning on every bench run.
		chunkSizeWarningLimit: 2000,
		rollupOptions: { input: { bare: here('./pages/bare/index.html'), step: here('./pages/step/index.html') } }
	}
});
