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

/**
 * The text of every rendered feature of the given symbol layers, as drawn: each layer's current
 * `text-field` evaluated (with MapLibre's own expression code) on the properties of its rendered features.
 */
export async function renderedLabels(page: Page, layers: string[], testId = 'map'): Promise<string[]> {
	const rendered = await page.evaluate(
		({ layers, testId }) => {
			const el = document.querySelector(`[data-testid="${testId}"]`) as HTMLElement & {
				__map: {
					getLayer(id: string): unknown;
					getLayoutProperty(id: string, p: string): unknown;
					queryRenderedFeatures(o: { layers: string[] }): {
						layer: { id: string };
						properties: Record<string, unknown>;
					}[];
				};
			};
			const map = el.__map;
			const present = layers.filter((l) => map.getLayer(l));
			return {
				fields: Object.fromEntries(present.map((l) => [l, map.getLayoutProperty(l, 'text-field')])),
				features: map
					.queryRenderedFeatures({ layers: present })
					.map((f) => ({ layer: f.layer.id, properties: f.properties }))
			};
		},
		{ layers, testId }
	);
	const { createExpression, latest } = await import('@maplibre/maplibre-gl-style-spec');
	const spec = latest.layout_symbol['text-field'] as never;
	return rendered.features.map((f) => {
		const e = createExpression(rendered.fields[f.layer], spec);
		if (e.result !== 'success') throw new Error(`${f.layer}: ${JSON.stringify(e.value)}`);
		return String(e.value.evaluate({ zoom: 5 }, { type: 'Point', properties: f.properties } as never));
	});
}
