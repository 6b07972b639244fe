// Service worker: precaches the whole site on first load so the story and the kiosk run with no network at all.
/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `treaty-road-${version}`;
const ASSETS = [...new Set([...build, ...files, ...prerendered, '/'])];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages are matched without their query (/kiosk?idle=90 is /kiosk); assets exactly.
			const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
			if (cached) return cached;
			try {
				const response = await fetch(request);
				if (response.ok) void cache.put(request, response.clone());
				return response;
			} catch (err) {
				const page = request.mode === 'navigate' ? await cache.match('/', { ignoreSearch: true }) : undefined;
				if (page) return page;
				throw err;
			}
		})()
	);
});
