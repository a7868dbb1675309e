import { expect, type Page, type Request } from '@playwright/test';

/** Collects console errors, page errors and requests to other origins for one page. */
export function watch(page: Page) {
	const problems: string[] = [];
	const offOrigin: string[] = [];
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console: ${m.text()}`);
	});
	page.on('request', (r: Request) => {
		const url = new URL(r.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') offOrigin.push(r.url());
	});
	return { problems, offOrigin };
}

/** Waits until the main map has its base data and MapLibre reports `idle`. */
export async function waitForMapIdle(page: Page, testId = 'map') {
	const map = page.getByTestId(testId);
	await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await page.waitForFunction(
		(id) => {
			const el = document.querySelector(`[data-testid="${id}"]`) as
				(HTMLElement & { __map?: { loaded(): boolean; areTilesLoaded(): boolean } }) | null;
			return !!el?.__map && el.__map.loaded() && el.__map.areTilesLoaded();
		},
		testId,
		{ timeout: 30_000 }
	);
}

/** Names (property `name`) of rendered features of the given layers on a map. */
export async function renderedNames(page: Page, layers: string[], testId = 'map'): Promise<string[]> {
	return page.evaluate(
		({ layers, testId }) => {
			const el = document.querySelector(`[data-testid="${testId}"]`) as HTMLElement & {
				__map: { queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[] };
			};
			return el.__map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.name ?? ''));
		},
		{ layers, testId }
	);
}

/** Waits until the county topology has been applied (the overlays that need it are drawn). */
export async function waitForCounties(page: Page, testId = 'map') {
	await expect(page.getByTestId(testId)).toHaveAttribute('data-counties', 'true', { timeout: 60_000 });
	await waitForMapIdle(page, testId);
}
