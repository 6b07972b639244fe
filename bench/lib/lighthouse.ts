// Lighthouse 12 (the pinned devDependency), mobile, performance category only, against a page of a bench server, in Debian's Chromium.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_FLAGS, CHROMIUM_PATH } from './chromium';

export interface LighthouseRun {
	page: string;
	round: number;
	error?: string;
	version?: string;
	/** Performance score, 0–100. */
	score: number | null;
	/** Metric values in ms (CLS unitless), as Lighthouse simulates them for its mobile device. */
	fcpMs: number | null;
	lcpMs: number | null;
	tbtMs: number | null;
	speedIndexMs: number | null;
	cls: number | null;
	totalByteWeightKB: number | null;
	/** Why a metric (and so the score) is missing, as Lighthouse words it; e.g. a page whose only content is a canvas has no LCP. */
	metricErrors?: string[];
}

const require = createRequire(import.meta.url);

/** The CLI of the installed lighthouse package, or an error saying why it cannot run. */
export function lighthouseCli(): string {
	return require.resolve('lighthouse/cli/index.js');
}

export function runLighthouse(url: string, page: string, round: number, timeoutMs = 300_000): Promise<LighthouseRun> {
	const dir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
	const out = join(dir, 'report.json');
	const flags = ['--headless=new', ...BENCH_FLAGS];
	const args = [
		lighthouseCli(),
		url,
		'--form-factor=mobile',
		'--only-categories=performance',
		'--output=json',
		`--output-path=${out}`,
		'--quiet',
		`--chrome-flags=${flags.join(' ')}`
	];
	const empty: LighthouseRun = { page, round, score: null, fcpMs: null, lcpMs: null, tbtMs: null, speedIndexMs: null, cls: null, totalByteWeightKB: null };
	return new Promise((resolve) => {
		execFile(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (err, _stdout, stderr) => {
			try {
				const lhr = JSON.parse(readFileSync(out, 'utf8')) as {
					lighthouseVersion: string;
					runtimeError?: { code: string; message: string };
					categories: { performance?: { score: number | null } };
					audits: Record<string, { numericValue?: number; errorMessage?: string }>;
				};
				const n = (id: string) => lhr.audits[id]?.numericValue ?? null;
				const score = lhr.categories.performance?.score;
				const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'cumulative-layout-shift'];
				const metricErrors = metricIds.flatMap((id) => (lhr.audits[id]?.errorMessage ? [`${id}: ${lhr.audits[id]!.errorMessage}`] : []));
				resolve({
					...empty,
					version: lhr.lighthouseVersion,
					error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : undefined,
					score: score === null || score === undefined ? null : Math.round(score * 100),
					fcpMs: n('first-contentful-paint'),
					lcpMs: n('largest-contentful-paint'),
					tbtMs: n('total-blocking-time'),
					speedIndexMs: n('speed-index'),
					cls: n('cumulative-layout-shift'),
					totalByteWeightKB: n('total-byte-weight') === null ? null : n('total-byte-weight')! / 1024,
					...(metricErrors.length ? { metricErrors } : {})
				});
			} catch {
				resolve({ ...empty, error: (err?.message ?? 'no report') + (stderr ? `: ${stderr.trim().split('\n').slice(-3).join(' / ')}` : '') });
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		});
	});
}
