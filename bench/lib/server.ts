// A small static server for the benchmark: serves one site per port, gzips like a CDN, and counts the bytes it actually sends.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** URL prefix → folder. The longest matching prefix wins; `/` is the site's root. */
export type Mounts = Record<string, string>;

export interface Sent {
	path: string;
	status: number;
	/** Body bytes as sent (gzipped where the response was gzipped). */
	body: number;
	/** Everything written to the socket for this response: status line, headers and body. */
	wire: number;
	gzip: boolean;
	/** Who asked: `sw` for the service worker's script and what the worker fetched (its referrer is the script), `page` otherwise. */
	by: 'page' | 'sw';
	/** ms since the last reset. */
	t: number;
}

export interface BenchServer {
	url: string;
	port: number;
	/** Starts a new count (call before each first visit). */
	reset(): void;
	/** What was sent since the last reset. */
	sent(): Sent[];
	close(): Promise<void>;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.woff2': 'font/woff2',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json'
};
/** What a CDN compresses: text. woff2 and images are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map', '.webmanifest']);

interface Entry {
	raw: Buffer;
	gz: Buffer | null;
	etag: string;
	type: string;
}

/** One of the comparison pages (bench/pages/, built into bench/out/pages/), with the site's generated basemap, fonts and data beside it. */
export function serveComparison(page: 'bare' | 'step'): Promise<BenchServer> {
	return serve({ '/': 'bench/out/pages', '/generated/': 'build/generated' }, { index: `${page}/index.html` });
}

/**
 * Serves `mounts` on 127.0.0.1 (a free port unless `port` is given). Paths resolve like a static
 * host: the file itself, else `<path>.html`, else `<path>/index.html`; `index` is what `/` serves.
 * Hashed assets (`/_app/immutable/`, `/assets/`) are cacheable for a year; everything else must
 * revalidate (ETag → 304), as CDNs serve HTML and un-hashed files by default.
 */
export async function serve(mounts: Mounts, { index = 'index.html', port = 0 }: { index?: string; port?: number } = {}): Promise<BenchServer> {
	const roots = Object.entries(mounts)
		.map(([prefix, dir]) => [prefix.endsWith('/') ? prefix : `${prefix}/`, resolve(dir)] as const)
		.sort((a, b) => b[0].length - a[0].length);
	const cache = new Map<string, Entry>();
	let log: Sent[] = [];
	let t0 = performance.now();
	const written = new WeakMap<Socket, number>();
	const swScripts = new Set<string>();

	const find = (pathname: string): string | null => {
		const root = roots.find(([prefix]) => pathname.startsWith(prefix) || `${pathname}/` === prefix);
		if (!root) return null;
		const [prefix, dir] = root;
		const rel = pathname === '/' ? index : pathname.slice(prefix.length);
		const base = normalize(join(dir, rel));
		if (base !== dir && !base.startsWith(dir + sep)) return null;
		for (const f of [base, `${base}.html`, join(base, 'index.html')]) {
			if (existsSync(f) && statSync(f).isFile()) return f;
		}
		return null;
	};

	const entry = (file: string): Entry => {
		let e = cache.get(file);
		if (!e) {
			const raw = readFileSync(file);
			const ext = extname(file);
			e = {
				raw,
				gz: COMPRESSIBLE.has(ext) ? gzipSync(raw, { level: 9 }) : null,
				etag: `"${createHash('sha1').update(raw).digest('base64url').slice(0, 16)}"`,
				type: TYPES[ext] ?? 'application/octet-stream'
			};
			cache.set(file, e);
		}
		return e;
	};

	const handle = (req: IncomingMessage, res: ServerResponse) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			pathname = '/';
		}
		// The service worker's script comes with a `Service-Worker: script` header; what the worker fetches has the script as its referrer.
		if (req.headers['service-worker']) swScripts.add(url.pathname);
		let referrer = '';
		try {
			referrer = new URL(String(req.headers.referer ?? '')).pathname;
		} catch {
			/* no referrer */
		}
		const by: Sent['by'] = req.headers['service-worker'] || swScripts.has(referrer) ? 'sw' : 'page';
		const record = (status: number, body: number, gzip: boolean) => {
			res.once('finish', () => {
				const sock = res.socket ?? req.socket;
				const total = sock.bytesWritten;
				const wire = total - (written.get(sock) ?? 0);
				written.set(sock, total);
				log.push({ path: url.pathname + url.search, status, body, wire, gzip, by, t: performance.now() - t0 });
			});
		};
		const file = req.method === 'GET' || req.method === 'HEAD' ? find(pathname) : null;
		if (!file) {
			const body = 'Not found';
			record(404, body.length, false);
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-length': body.length });
			res.end(body);
			return;
		}
		const e = entry(file);
		const immutable = url.pathname.startsWith('/_app/immutable/') || url.pathname.startsWith('/assets/');
		const headers: Record<string, string | number> = {
			'content-type': e.type,
			'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
			etag: e.etag,
			vary: 'Accept-Encoding'
		};
		if (req.headers['if-none-match'] === e.etag) {
			record(304, 0, false);
			res.writeHead(304, headers);
			res.end();
			return;
		}
		const gzip = !!e.gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		const body = gzip ? e.gz! : e.raw;
		if (gzip) headers['content-encoding'] = 'gzip';
		headers['content-length'] = body.length;
		record(200, req.method === 'HEAD' ? 0 : body.length, gzip);
		res.writeHead(200, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
	};

	const server = createServer(handle);
	server.keepAliveTimeout = 5000;
	await new Promise<void>((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => ok());
	});
	const actual = (server.address() as AddressInfo).port;
	return {
		url: `http://127.0.0.1:${actual}/`,
		port: actual,
		reset() {
			log = [];
			t0 = performance.now();
		},
		sent: () => [...log],
		close: () =>
			new Promise<void>((ok) => {
				server.closeAllConnections();
				server.close(() => ok());
			})
	};
}

/** Requests and bytes of a visit: all, and the part the service worker fetched. */
export function tally(sent: readonly Sent[]) {
	const sum = (xs: readonly Sent[]) => ({ requests: xs.length, wireBytes: xs.reduce((a, x) => a + x.wire, 0), bodyBytes: xs.reduce((a, x) => a + x.body, 0) });
	return { ...sum(sent), sw: sum(sent.filter((x) => x.by === 'sw')) };
}
