// The corpus of deliberately broken files in tests/fixtures/broken: each is rejected with its own message, in-process and by `npm run validate` (exit 1).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
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
