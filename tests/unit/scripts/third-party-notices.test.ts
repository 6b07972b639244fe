// Tests for the third-party notices: which package a bundled module belongs to, and a notice per package with its licence, the fonts and the data.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { notices, packageOf } from '../../../scripts/third-party-notices';

describe('packageOf', () => {
	it('names plain and scoped packages, through nested node_modules and queries', () => {
		expect(packageOf('/work/x/node_modules/maplibre-gl/dist/maplibre-gl.mjs')).toBe('maplibre-gl');
		expect(packageOf('/work/x/node_modules/@sveltejs/kit/src/runtime/client/client.js?v=1')).toBe('@sveltejs/kit');
		expect(packageOf('\0/work/x/node_modules/a/node_modules/devalue/index.js')).toBe('devalue');
	});
	it('treats the project\'s code as its own, except the code Paraglide generates from its package', () => {
		expect(packageOf('/work/x/src/lib/stage/Stage.svelte')).toBeUndefined();
		expect(packageOf('/work/x/src/lib/paraglide/runtime.js')).toBe('@inlang/paraglide-js');
	});
});

describe('notices', () => {
	it('lists each shipped package once with its version, licence and licence text, then the fonts and the data', () => {
		const text = notices(['maplibre-gl', 'svelte', 'maplibre-gl']);
		expect(text.match(/^maplibre-gl \d+\.\d+\.\d+ — BSD-3-Clause$/gm)).toHaveLength(1);
		expect(text).toMatch(/^svelte \d+\.\d+\.\d+ — MIT$/m);
		expect(text).toContain('Contains code from mapbox-gl-js');
		for (const needle of ['Natural Earth', 'GSHHG 2.3.7', 'GNU Lesser General Public License', 'Open Database License', 'GeoNames', 'CC0', 'SIL OPEN FONT LICENSE']) expect(text).toContain(needle);
	});
	it('refuses a package that names no licence', () => {
		const root = mkdtempSync(join(tmpdir(), 'notices-'));
		mkdirSync(join(root, 'node_modules', 'mystery'), { recursive: true });
		writeFileSync(join(root, 'node_modules', 'mystery', 'package.json'), JSON.stringify({ name: 'mystery', version: '1.0.0' }));
		expect(() => notices(['mystery'], root)).toThrow(/mystery names no licence/);
	});
});
