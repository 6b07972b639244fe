// Service worker: keeps what a reader's page used (never downloading it twice) and, for the kiosk, the whole site; pages come from the network first, so a fixed deploy is picked up at once, and from the store offline.
/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
/** One store across versions: a new deploy replaces entries as they are fetched, and stale ones are pruned once the site is kept whole. */
const CACHE = 'treaty-road';
const NOT_FOUND = `${base}/404.html`;
/** Everything the kiosk needs to run offline. */
const SITE = [...new Set([...build, ...files, ...prerendered, `${base}/`])];
const IMMUTABLE = `${base}/_app/immutable/`;

/** Messages from a page: keep the files it has already fetched, or the whole site (the kiosk). */
type Message = { type: 'keep'; urls: string[] } | { type: 'keep-site' };

sw.addEventListener('install', () => void sw.skipWaiting());
sw.addEventListener('activate', (event) => event.waitUntil(sw.clients.claim()));

const sameOrigin = (u: string) => {
	try {
		return new URL(u, sw.location.href).origin === sw.location.origin;
	} catch {
		return false;
	}
};

/** Stores `urls` without downloading again what the page already has: the browser's HTTP cache answers first. */
async function keep(urls: readonly string[]): Promise<void> {
	const cache = await caches.open(CACHE);
	await Promise.all(
		urls.filter(sameOrigin).map(async (u) => {
			if (await cache.match(u, { ignoreSearch: true })) return;
			try {
				const response = await fetch(u, { cache: 'force-cache' });
				if (response.ok) await cache.put(u.split('#')[0]!, response);
			} catch {
				// Offline or gone: the next visit tries again.
			}
		})
	);
}

/** After the whole site is kept, entries of earlier deploys go. */
async function prune(): Promise<void> {
	const cache = await caches.open(CACHE);
	const current = new Set(SITE.map((p) => new URL(p, sw.location.href).href));
	for (const request of await cache.keys()) {
		const url = new URL(request.url);
		if (url.pathname.startsWith(IMMUTABLE) && !current.has(url.href)) await cache.delete(request);
	}
}

sw.addEventListener('message', (event) => {
	const m = event.data as Message | null;
	const done = () => (event.source as Client | null)?.postMessage({ type: 'kept', site: m?.type === 'keep-site' });
	if (m?.type === 'keep' && Array.isArray(m.urls)) event.waitUntil(keep([...m.urls.filter((u) => typeof u === 'string'), NOT_FOUND]).then(done));
	else if (m?.type === 'keep-site') event.waitUntil(keep(SITE).then(prune).then(done));
});

async function fromNetwork(request: Request): Promise<Response> {
	const response = await fetch(request);
	if (response.ok && request.method === 'GET') {
		const cache = await caches.open(CACHE);
		void cache.put(request, response.clone());
	}
	return response;
}

/** The site's not-found page, with its status. */
async function notFound(cache: Cache): Promise<Response | undefined> {
	const kept = await cache.match(NOT_FOUND);
	return kept && new Response(kept.body, { status: 404, headers: kept.headers });
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Hashed files never change: the store first.
			if (url.pathname.startsWith(IMMUTABLE)) return (await cache.match(request)) ?? fromNetwork(request);
			const page = request.mode === 'navigate';
			try {
				// Pages and data from the network first, so a new deploy (or a fixed one) is taken at once.
				const response = await fromNetwork(request);
				// A host with no not-found page of its own (python's http.server) answers an unknown page with ours.
				return (page && response.status === 404 && (await notFound(cache))) || response;
			} catch (err) {
				// Pages are matched without their query (/kiosk/?idle=90 is /kiosk/); an unknown page offline is the not-found page.
				const kept = await cache.match(request, { ignoreSearch: page });
				if (kept) return kept;
				const missing = page ? await notFound(cache) : undefined;
				if (missing) return missing;
				throw err;
			}
		})()
	);
});
