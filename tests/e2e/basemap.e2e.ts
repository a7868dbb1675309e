import { test, expect } from '@playwright/test';
import { watch, waitForMapIdle, waitForCounties, renderedNames } from './util';

test.describe('base map', () => {
	test('draws China with provinces, labels and no request to another origin', async ({ page }) => {
		const w = watch(page);
		await page.goto('./');
		await waitForMapIdle(page);
		const provinces = await renderedNames(page, ['province-fill']);
		for (const name of ['四川', '西藏', '台湾', '新疆', '黑龙江', '海南']) expect(provinces).toContain(name);
		// Province labels are drawn with local fonts (no glyph server).
		await expect.poll(async () => (await renderedNames(page, ['province-label'])).length).toBeGreaterThan(20);
		expect(w.problems).toEqual([]);
		expect(w.offOrigin).toEqual([]);
	});

	test('the 南海诸岛 inset shows the ten-dash line at the national view', async ({ page }) => {
		await page.goto('./');
		// A static drawing in the prerendered page: there before the map has drawn.
		const inset = page.getByTestId('inset');
		await expect(inset).toBeVisible();
		await expect(inset).toHaveAttribute('data-ready', 'true');
		await expect(inset.locator('figcaption')).toHaveText('南海诸岛');
		const img = inset.locator('img');
		const { src, width, height } = await img.evaluate((el: HTMLImageElement) => ({
			src: el.currentSrc,
			width: el.naturalWidth,
			height: el.naturalHeight
		}));
		expect(width).toBeGreaterThan(100);
		expect(height).toBeGreaterThan(100);
		// The image the browser decoded draws the line: ten separate dashes (one move-to each), all
		// inside the drawing, drawn at national-boundary weight.
		const svg = await (await page.request.get(src)).text();
		const line = svg.match(/<path d="([^"]+)"[^>]*stroke-width="1.4"[^>]*data-kind="south-china-sea"/);
		expect(line).not.toBeNull();
		expect(line![1].match(/M/g)!.length).toBeGreaterThanOrEqual(10);
		// Nothing moves when the map finishes: the inset keeps its box.
		const before = await inset.boundingBox();
		await waitForMapIdle(page);
		expect(await inset.boundingBox()).toEqual(before);
	});

	test('the inset hides when zoomed in past the national view', async ({ page }) => {
		await page.goto('./');
		await waitForMapIdle(page);
		await page.evaluate(() => {
			const el = document.querySelector('[data-testid="map"]') as HTMLElement & {
				__map: { jumpTo(o: object): void };
			};
			el.__map.jumpTo({ center: [104, 30.6], zoom: 7 });
		});
		await expect(page.getByTestId('inset')).toHaveCount(0);
	});

	test('follows window resizes', async ({ page }) => {
		await page.goto('./');
		await waitForMapIdle(page);
		const canvas = page.locator('[data-testid="map"] canvas');
		const before = await canvas.boundingBox();
		await page.setViewportSize({ width: 1000, height: 700 });
		await expect.poll(async () => (await canvas.boundingBox())?.width).toBeLessThan(before!.width);
	});

	test('declares a Content-Security-Policy that allows only our own origin', async ({ page }) => {
		await page.goto('./');
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain('worker-src');
		expect(csp).not.toMatch(/https?:/);
	});

	test('has navigation, scale, fullscreen and attribution controls', async ({ page }) => {
		await page.goto('./');
		await waitForMapIdle(page);
		await expect(page.locator('.maplibregl-ctrl-zoom-in')).toBeVisible();
		await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
		await expect(page.locator('.maplibregl-ctrl-fullscreen')).toBeVisible();
		await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('天地图', { useInnerText: false });
	});

	for (const [w, h] of [
		[1920, 1080],
		[390, 844]
	]) {
		test(`screenshot at ${w}×${h}`, async ({ page }) => {
			await page.setViewportSize({ width: w, height: h });
			await page.goto('./');
			await waitForMapIdle(page);
			if (w > 600) await expect(page.getByTestId('inset')).toHaveAttribute('data-ready', 'true');
			await page.screenshot({ path: `test-results/home-${w}x${h}.png` });
		});
	}

	test('prefectural borders: not sent at the national view, drawn once the reader zooms in, and in the first view of a link at that zoom', async ({
		page,
		browser
	}) => {
		type M = HTMLElement & {
			__map: {
				getSource(id: string): { getData(): Promise<{ features: unknown[] }> };
				queryRenderedFeatures(o: { layers: string[] }): unknown[];
				jumpTo(o: object): void;
			};
		};
		const state = (p: typeof page) =>
			p.evaluate(async () => {
				const m = (document.querySelector('[data-testid="map"]') as M).__map;
				return {
					sent: (await m.getSource('prefectures').getData()).features.length,
					drawn: m.queryRenderedFeatures({ layers: ['prefecture-line'] }).length
				};
			});
		await page.goto('./');
		await waitForMapIdle(page);
		expect(await state(page)).toEqual({ sent: 0, drawn: 0 });
		// The reader zooms in to 四川 (below county zoom, where the national file draws the borders).
		await page.evaluate(() =>
			(document.querySelector('[data-testid="map"]') as M).__map.jumpTo({ center: [103, 30.5], zoom: 5.5 })
		);
		await waitForMapIdle(page);
		await expect.poll(async () => (await state(page)).drawn).toBeGreaterThan(0);
		// A shared link at that zoom, opened in a fresh context: the borders are in its first complete view.
		const context = await browser.newContext();
		const other = await context.newPage();
		await other.goto('./?view=103,30.5,5.5');
		await waitForMapIdle(other);
		await expect(other.getByTestId('map')).toHaveAttribute('data-idle', 'true');
		const first = await state(other);
		expect(first.sent).toBeGreaterThan(0);
		expect(first.drawn).toBeGreaterThan(0);
		await context.close();
	});

	test('at county zoom the coast is drawn from the county file, the national file no longer shows', async ({
		page
	}) => {
		// MapLibre warns in the console when a layer's expression cannot be evaluated and falls back.
		const fallbacks: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning' && /^layers\[/.test(m.text())) fallbacks.push(m.text());
		});
		// 舟山 at zoom 8.5: the national file (simplified for the national view) makes its islands triangles.
		await page.goto('./?view=122.1,30,8.5');
		await waitForCounties(page);
		const drawn = await page.evaluate(() => {
			const m = (
				document.querySelector('[data-testid="map"]') as HTMLElement & {
					__map: {
						queryRenderedFeatures(o: { layers: string[] }): unknown[];
						getGlobalState(): Record<string, unknown>;
					};
				}
			).__map;
			const n = (layer: string) => m.queryRenderedFeatures({ layers: [layer] }).length;
			return {
				land: n('land-fine'),
				coast: n('national-line-fine'),
				coarseCoast: n('national-line'),
				state: m.getGlobalState().countyFile
			};
		});
		expect(drawn.land).toBeGreaterThan(0);
		expect(drawn.coast).toBeGreaterThan(0);
		expect(drawn.coarseCoast).toBe(0);
		// The national file's land fill stays for clicks but is transparent once the county file is in.
		expect(drawn.state).toBe(true);
		// Before the county file came, its state had a value too (unset, every frame warned).
		expect(fallbacks).toEqual([]);
	});
});
