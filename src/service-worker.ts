/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />

/**
 * Offline: after one visit every page, data file, geodata file and tour works with no network.
 * Install stores the pages, data and build files; the large county topology follows in the
 * background. Hashed build files are served from the cache; pages and data from the network when it
 * answers in time (so a new version is seen), else from the cache. Old versions' caches are removed.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { precachePlan } from '$lib/offline/precachePlan';
import { cacheName, staleCaches } from '$lib/offline/staleCaches';
import { requestStrategy } from '$lib/offline/requestStrategy';
import { navigationKeys } from '$lib/offline/navigationKeys';
import { offlinePage } from '$lib/offline/offlinePage';
import { PRECACHE_DEFERRED } from '$lib/offline/types';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
const plan = precachePlan({ build, files, prerendered });
const immutable = new Set([...build, ...files]);
/** How long a page or data request may wait for the network before the cached copy is used. */
const NETWORK_TIMEOUT_MS = 4000;

async function storeDeferred(): Promise<void> {
	const cache = await caches.open(CACHE);
	for (const url of plan.deferred) {
		if (await cache.match(url)) continue;
		try {
			await cache.add(url);
		} catch {
			// Stored on first use instead (cache-first puts what it fetches).
		}
	}
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		// No skipWaiting(): a tab still open on the old version keeps its cache until it is closed.
		caches.open(CACHE).then((cache) => cache.addAll(plan.critical))
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const stale = staleCaches(await caches.keys(), CACHE);
			await Promise.all(stale.map((key) => caches.delete(key)));
			await sw.clients.claim();
		})()
	);
	// Not awaited: activation must not wait for 2.6 MB. Pages also ask for it by message.
	void storeDeferred();
});

// Every page asks once the worker is active. It also takes that page under its control: a page
// opened while the worker was still installing (it is registered after the first view) would
// otherwise stay uncontrolled until reloaded, as `clients.claim()` in `activate` only reaches the
// pages that existed then.
sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === PRECACHE_DEFERRED)
		event.waitUntil(Promise.all([sw.clients.claim(), storeDeferred()]));
});

async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(request);
	if (hit) return hit;
	const response = await fetch(request);
	if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
	return response;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('timeout')), ms);
		promise.then(
			(v) => (clearTimeout(timer), resolve(v)),
			(e) => (clearTimeout(timer), reject(e))
		);
	});
}

async function cachedCopy(cache: Cache, request: Request, url: URL): Promise<Response | undefined> {
	const exact = await cache.match(request, { ignoreSearch: true });
	if (exact) return exact;
	if (request.mode !== 'navigate') return undefined;
	for (const key of navigationKeys(url.pathname, base)) {
		const hit = await cache.match(key);
		if (hit) return hit;
	}
	return undefined;
}

async function networkFirst(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const network = fetch(request).then(async (response) => {
		if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
		return response;
	});
	try {
		// Wait for the network as long as it takes when there is nothing to fall back on.
		const cached = await cachedCopy(cache, request, url);
		return await (cached ? withTimeout(network, NETWORK_TIMEOUT_MS).catch(() => cached) : network);
	} catch (err) {
		if (request.mode === 'navigate') {
			return new Response(offlinePage(base), {
				status: 503,
				headers: { 'content-type': 'text/html; charset=utf-8' }
			});
		}
		throw err;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.headers.has('range')) return;
	const url = new URL(request.url);
	const strategy = requestStrategy({
		method: request.method,
		url,
		origin: sw.location.origin,
		base,
		immutable
	});
	if (strategy === 'bypass') return;
	event.respondWith(strategy === 'cache-first' ? cacheFirst(request) : networkFirst(request, url));
});
