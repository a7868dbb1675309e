import { test, expect, type Page } from '@playwright/test';
import { waitForMapIdle } from './util';

/** The explore page can take over 30 s to draw under software WebGL: wait longer before the shared check. */
async function mapReady(page: Page) {
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
	await waitForMapIdle(page);
}

/**
 * Waits until the service worker controls the page and has stored the pages and data it installs with.
 * It is registered only after a page's first view (src/lib/offline/afterFirstView.ts), so its install
 * starts later than the page and may take a while on a busy machine.
 */
async function waitForOfflineReady(page: Page) {
	await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 60_000 });
	await page.waitForFunction(
		async () => {
			const keys = await caches.keys();
			const cache = keys.find((k) => k.startsWith('speech-atlas-'));
			if (!cache) return false;
			const stored = await (await caches.open(cache)).keys();
			return stored.some((r) => new URL(r.url).pathname.endsWith('/data/index.json'));
		},
		undefined,
		{ timeout: 30_000 }
	);
}

test('after one visit the home page, a reader page and the data load with no network', async ({
	page,
	context
}) => {
	test.setTimeout(420_000);
	await page.goto('./');
	await mapReady(page);
	// Checks run in a second tab on a light page of the site, so a busy map page cannot stall them
	// (its fetches are relative to /test/qr, hence ../data).
	const light = await context.newPage();
	await light.goto('./test/qr');
	await waitForOfflineReady(light);
	const docs: string[] = await light.evaluate(async () =>
		(await (await fetch('../data/index.json')).json()).documents.map((d: { id: string }) => d.id)
	);
	expect(docs.length).toBeGreaterThan(0);

	await context.setOffline(true);
	try {
		// The network is really gone: an address the site never had fails.
		const missing = await light.evaluate(() =>
			fetch(`../data/not-there-${Date.now()}.json`).then(
				(r) => r.status,
				() => 'failed'
			)
		);
		expect(missing).toBe('failed');

		const home = await page.reload();
		expect(home?.status()).toBe(200);
		expect(home?.fromServiceWorker()).toBe(true);
		await mapReady(page);
		await page.close();

		expect((await light.goto('./test/qr'))?.fromServiceWorker()).toBe(true);
		const data = await light.evaluate(async () => {
			const index = await fetch('../data/index.json');
			const csv = await fetch('../data/mentions.csv');
			const geo = await fetch('../data/places.geojson');
			const speech = await fetch(`../data/speeches/${(await index.clone().json()).documents[0].id}.json`);
			return [index.ok, csv.ok, geo.ok, speech.ok, (await index.json()).documents.length];
		});
		expect(data).toEqual([true, true, true, true, docs.length]);

		const readerExists = await light.evaluate(async (id) => {
			const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('speech-atlas-'))!);
			return (await cache.keys()).some((r) => new URL(r.url).pathname.endsWith(`/read/${id}`));
		}, docs[0]);
		test.info().annotations.push({ type: 'reader page', description: readerExists ? 'cached' : 'not built' });
		if (readerExists) {
			const reader = await light.goto(`./read/${docs[0]}`);
			expect(reader?.status()).toBe(200);
			await expect(light.locator('main')).toBeVisible();
		}

		// A page never built gets the offline notice, not the browser's error page.
		const unknown = await light.goto('./no-such-page');
		expect(unknown?.status()).toBe(503);
		await expect(light.getByRole('heading', { level: 1 })).toContainText('没有网络');

		// The query string holds the explore view; the saved page still answers.
		const withState = await light.goto('./?zoom=5');
		expect(withState?.status()).toBe(200);
		await expect(light.getByTestId('map')).toBeVisible();
	} finally {
		await context.setOffline(false);
	}
});

test('the county topology is stored too, after the install', async ({ page }) => {
	// A light page of the same scope: the service worker stores the whole site whichever page it starts from.
	await page.goto('./test/qr');
	await waitForOfflineReady(page);
	await page.waitForFunction(
		async () => {
			for (const key of await caches.keys()) {
				const stored = await (await caches.open(key)).keys();
				if (stored.some((r) => /\/counties\.topo\.[^/]*\.json$/.test(r.url))) return true;
			}
			return false;
		},
		undefined,
		{ timeout: 30_000 }
	);
});

test('a new version removes the caches of older versions and keeps other apps’ caches', async ({ page }) => {
	// Caches left by an earlier version of this app (and one by another app on the same origin),
	// created before this version's service worker installs.
	await page.addInitScript(() => {
		if (sessionStorage.getItem('seeded')) return;
		sessionStorage.setItem('seeded', '1');
		void caches.open('speech-atlas-1600000000000').then((c) => c.put('./old', new Response('old')));
		void caches.open('another-app-v1');
	});
	await page.goto('./test/qr');
	await waitForOfflineReady(page);
	await expect
		.poll(async () => (await page.evaluate(() => caches.keys())).sort(), { timeout: 15_000 })
		.toEqual(expect.arrayContaining(['another-app-v1']));
	const keys = await page.evaluate(() => caches.keys());
	expect(keys).not.toContain('speech-atlas-1600000000000');
	expect(keys.filter((k) => k.startsWith('speech-atlas-'))).toHaveLength(1);
});
