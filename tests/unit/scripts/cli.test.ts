// The command-line gates: `npm run validate` and the build's prepare step exit non-zero, naming file, feature and field, on bad data.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tsx = (script: string, args: string[], env: Record<string, string> = {}) =>
	spawnSync('npx', ['tsx', script, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

function brokenCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'geodata-'));
	cpSync('tests/fixtures/geodata-mini', dir, { recursive: true });
	const file = join(dir, 'journeys', 'mini.geojson');
	writeFileSync(file, readFileSync(file, 'utf8').replace('"place": "beta"', '"place": "nowhere"'));
	return dir;
}

describe('command-line gates', () => {
	it('npm run validate passes on the shipped data', () => {
		const r = tsx('scripts/validate.ts', []);
		expect(r.stderr).not.toMatch(/error/i);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/✓ \d+ geodata files and \d+ chapters are valid/);
	}, 30_000);

	it('npm run validate exits 1 and names file, feature and field', () => {
		const dir = brokenCopy();
		const r = tsx('scripts/validate.ts', [], { GEODATA_DIR: dir });
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/mini\.geojson: feature #2 \(id "b"\): properties\.place: unknown place "nowhere"/);
	}, 30_000);

	it('the build refuses invalid data', () => {
		const dir = brokenCopy();
		const r = tsx('scripts/prepare.ts', [], { GEODATA_DIR: dir });
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/refusing to build/);
		expect(r.stderr).toMatch(/properties\.place: unknown place "nowhere"/);
	}, 30_000);

	it('refuses content that would run as code: raw HTML in a chapter, a javascript: source URL', () => {
		const chapters = mkdtempSync(join(tmpdir(), 'chapters-'));
		cpSync('src/content/en/chapters', chapters, { recursive: true });
		const file = join(chapters, readdirSync(chapters).sort()[1]!);
		writeFileSync(file, readFileSync(file, 'utf8') + '\n\nA picture <img src=x onerror="alert(1)"> here.\n');
		const a = tsx('scripts/validate.ts', [], { CHAPTERS_DIR: chapters });
		expect(a.status).toBe(1);
		expect(a.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: text: line \\d+: raw HTML is not allowed`));

		const geodata = mkdtempSync(join(tmpdir(), 'geodata-'));
		cpSync('geodata', geodata, { recursive: true });
		const sources = join(geodata, 'sources.json');
		const json = JSON.parse(readFileSync(sources, 'utf8')) as { sources: { url?: string }[] };
		json.sources[0]!.url = 'javascript:alert(document.domain)';
		writeFileSync(sources, JSON.stringify(json));
		const b = tsx('scripts/validate.ts', [], { GEODATA_DIR: geodata });
		expect(b.status).toBe(1);
		expect(b.stderr).toMatch(/sources\.json: sources\[0\]\.url: must be an http/);
	}, 60_000);
});
