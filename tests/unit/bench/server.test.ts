// The bench's static server: resolves paths like a static host, gzips text, revalidates, and counts what it sends (service worker apart).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { serve, tally, type BenchServer } from '../../../bench/lib/server';

let server: BenchServer;
const dir = mkdtempSync(join(tmpdir(), 'bench-serve-'));
const text = 'hello '.repeat(500);

beforeAll(async () => {
	mkdirSync(join(dir, 'kiosk'));
	mkdirSync(join(dir, 'extra'));
	writeFileSync(join(dir, 'index.html'), `<p>${text}</p>`);
	writeFileSync(join(dir, 'kiosk.html'), '<p>kiosk</p>');
	writeFileSync(join(dir, 'kiosk', '__data.json'), '{}');
	writeFileSync(join(dir, 'font.woff2'), Buffer.alloc(100, 7));
	writeFileSync(join(dir, 'sw.js'), '/* sw */');
	writeFileSync(join(dir, 'extra', 'a.json'), '[1]');
	server = await serve({ '/': dir, '/more/': join(dir, 'extra') });
});
afterAll(() => server.close());

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
	return new Promise((ok, fail) => {
		const req = request(`${server.url}${path.slice(1)}`, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', fail);
		req.end();
	});
}

describe('bench server', () => {
	it('resolves /, a page without .html beside its folder, and a mount', async () => {
		expect((await get('/')).body.toString()).toContain('hello');
		expect((await get('/kiosk')).body.toString()).toBe('<p>kiosk</p>');
		expect((await get('/kiosk/__data.json')).body.toString()).toBe('{}');
		expect((await get('/more/a.json')).body.toString()).toBe('[1]');
		expect((await get('/missing')).status).toBe(404);
		expect((await get('/../../etc/passwd')).status).toBe(404);
	});

	it('gzips text when asked, not woff2, and answers a matching ETag with 304', async () => {
		const html = await get('/', { 'accept-encoding': 'gzip, deflate' });
		expect(html.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(html.body).toString()).toContain('hello');
		expect(html.body.length).toBeLessThan(text.length / 10);
		const font = await get('/font.woff2', { 'accept-encoding': 'gzip' });
		expect(font.headers['content-encoding']).toBeUndefined();
		expect(font.body.length).toBe(100);
		const again = await get('/', { 'if-none-match': String(html.headers.etag) });
		expect(again.status).toBe(304);
	});

	it('counts every response with its headers, and what a service worker fetched', async () => {
		server.reset();
		await get('/', { 'accept-encoding': 'gzip' });
		await get('/sw.js', { 'service-worker': 'script' });
		await get('/font.woff2', { referer: `${server.url}sw.js` });
		await new Promise((r) => setTimeout(r, 50));
		const sent = server.sent();
		expect(sent.map((s) => [s.path, s.by])).toEqual([
			['/', 'page'],
			['/sw.js', 'sw'],
			['/font.woff2', 'sw']
		]);
		for (const s of sent) expect(s.wire).toBeGreaterThan(s.body);
		const t = tally(sent);
		expect(t.requests).toBe(3);
		expect(t.sw.requests).toBe(2);
		expect(t.sw.bodyBytes).toBe(100 + '/* sw */'.length);
	});
});
