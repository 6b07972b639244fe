// The corpus of deliberately broken files in tests/fixtures/broken: each is rejected with its own message, in-process and by `npm run validate` (exit 1).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { loadGeodata } from '../../../src/lib/data/load-geodata';
import { formatIssue } from '../../../src/lib/data/errors';

const DIR = 'tests/fixtures/broken';
const REFS = 'tests/fixtures/geodata-mini';
const expected = Object.entries(JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Record<string, string>);
const run = promisify(execFile);

describe('broken geodata corpus', () => {
	it('has at least 15 files', () => {
		expect(expected.length).toBeGreaterThanOrEqual(15);
	});

	it.each(expected)('%s is rejected with its specific message', (file, pattern) => {
		const { issues, geodata } = loadGeodata(REFS, [`${DIR}/${file}`]);
		expect(geodata).toBeUndefined();
		const messages = issues.map(formatIssue);
		expect(messages.join('\n')).toMatch(new RegExp(pattern));
		expect(messages.every((m) => m.startsWith(`${DIR}/${file}:`))).toBe(true);
	});

	it('npm run validate exits 1 on each of them', async () => {
		const results = [];
		for (let i = 0; i < expected.length; i += 6) {
			results.push(
				...(await Promise.all(
					expected.slice(i, i + 6).map(([file, pattern]) =>
						run('npx', ['tsx', 'scripts/validate.ts', `${DIR}/${file}`], { env: { ...process.env, GEODATA_DIR: REFS } }).then(
							() => ({ file, code: 0, ok: false }),
							(err: { code: number; stderr: string }) => ({ file, code: err.code, ok: new RegExp(pattern).test(err.stderr) })
						)
					)
				))
			);
		}
		expect(results.filter((r) => r.code !== 1 || !r.ok)).toEqual([]);
	}, 120_000);
});

describe('data of any size or encoding', () => {
	const good = () => {
		const j = JSON.parse(readFileSync(`${DIR}/unknown-mode.geojson`, 'utf8'));
		j.journey.id = 'big';
		for (const f of j.features) if (f.properties.kind === 'leg') f.properties.mode = 'rail';
		return j;
	};
	const check = (name: string, text: string) => {
		const dir = mkdtempSync(join(tmpdir(), 'geodata-'));
		writeFileSync(join(dir, name), text);
		return loadGeodata(REFS, [join(dir, name)]);
	};
	it('refuses a leg of 125,000 points with a clear message, not a stack overflow', () => {
		const j = good();
		const leg = j.features.find((f: { id: string }) => f.id === 'a-b');
		const [a, b] = [leg.geometry.coordinates[0], leg.geometry.coordinates.at(-1)];
		leg.geometry.coordinates = Array.from({ length: 125_000 }, (_, i) => [a[0] + ((b[0] - a[0]) * i) / 124_999, a[1] + ((b[1] - a[1]) * i) / 124_999]);
		const { issues } = check('big.geojson', JSON.stringify(j));
		expect(issues.map(formatIssue).join('\n')).toMatch(/feature #1 \(id "a-b"\): geometry\.coordinates: has more than 20000 positions: simplify the line/);
	});
	it('compiles a long leg under the cap without spreading it onto the stack', () => {
		const j = good();
		const leg = j.features.find((f: { id: string }) => f.id === 'a-b');
		const [a, b] = [leg.geometry.coordinates[0], leg.geometry.coordinates.at(-1)];
		leg.geometry.coordinates = Array.from({ length: 20_000 }, (_, i) => [a[0] + ((b[0] - a[0]) * i) / 19_999, a[1] + ((b[1] - a[1]) * i) / 19_999]);
		const { geodata, issues } = check('big.geojson', JSON.stringify(j));
		expect(issues).toEqual([]);
		expect(geodata!.journeys[0]!.coords.length).toBeGreaterThan(20_000);
	});
	it('accepts a file that starts with a byte-order mark', () => {
		const { issues, geodata } = check('big.geojson', '\ufeff' + JSON.stringify(good()));
		expect(issues).toEqual([]);
		expect(geodata).toBeDefined();
	});
});
