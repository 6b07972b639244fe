// Benchmark: `npm run build`'s time and what it emits (JS and the whole site, gzipped). Prints figures.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

/** Builds the site (unless `build` is false) and measures build/. */
export function benchBuild(build = true): Record<string, string> {
	const t0 = performance.now();
	if (build) execSync('npm run build', { stdio: 'ignore' });
	const buildS = (performance.now() - t0) / 1000;
	const gz = walk('build')
		.filter((f) => f.endsWith('.js') || f.endsWith('.mjs'))
		.map((f) => ({ f, gz: gzipSync(readFileSync(f)).length }))
		.sort((a, b) => b.gz - a.gz);
	const all = walk('build').map((f) => ({ f, gz: gzipSync(readFileSync(f)).length }));
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	return {
		...(build ? { 'build time (npm run build)': `${buildS.toFixed(1)} s` } : {}),
		'JS total, gzipped': kb(gz.reduce((a, b) => a + b.gz, 0)),
		'largest JS chunk, gzipped': `${kb(gz[0]!.gz)} (${gz[0]!.f.split('/').pop()})`,
		'whole site: files, gzipped': `${all.length}, ${kb(all.reduce((a, b) => a + b.gz, 0))}`
	};
}
