/**
 * The explore page is usable before its map is (issue 12 §2): the search box is in the prerendered
 * page, takes what is typed while the map's geometry is still loading, and answers it once the
 * places and the index have loaded; nothing the reader sees moves when the map finishes.
 */
import { test, expect, type Page, type Route } from '@playwright/test';
import { waitForMapIdle } from './util';

/** A slow connection for the map's geometry: china.topo.json is held back until `release()`. */
async function holdGeometry(page: Page): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	await page.route(/china\.topo\.[^/]*json$/, async (route: Route) => {
		await held;
		await route.continue();
	});
	return release;
}

test('the search box accepts input before the map reports idle, and answers it', async ({ page }) => {
	const release = await holdGeometry(page);
	await page.goto('./', { waitUntil: 'commit' });

	const box = page.getByRole('combobox', { name: '搜索' });
	await expect(box).toBeEditable();
	await box.pressSequentially('liangshan');
	await expect(box).toHaveValue('liangshan');
	// The map has not drawn its data yet, let alone reported idle.
	const map = page.getByTestId('map');
	await expect(map).not.toHaveAttribute('data-ready', 'true');
	await expect(map).not.toHaveAttribute('data-idle', 'true');

	// The typed query is answered once the places and the index are in, still before the map.
	const results = page.locator('#search-results[data-query="liangshan"]');
	await expect(results.getByRole('option').first()).toContainText('凉山');
	await expect(map).not.toHaveAttribute('data-idle', 'true');

	const header = await page.locator('header').boundingBox();
	const search = await box.boundingBox();
	const inset = await page.getByTestId('inset').boundingBox();
	const tools = await page.locator('header .tools').boundingBox();
	release();
	await waitForMapIdle(page);
	await expect(map).toHaveAttribute('data-idle', 'true');
	// Nothing visible moved when the map finished.
	expect(await page.locator('header').boundingBox()).toEqual(header);
	expect(await box.boundingBox()).toEqual(search);
	expect(await page.getByTestId('inset').boundingBox()).toEqual(inset);
	expect(await page.locator('header .tools').boundingBox()).toEqual(tools);
	await expect(box).toHaveValue('liangshan');
});

test('the filters and the layer panel are in the prerendered page, and usable before the map is idle', async ({
	page,
	request
}) => {
	// The page's HTML as served, before any script runs: every document, the year filter, every layer.
	const html = await (await request.get('./')).text();
	const index = (await (await request.get('data/index.json')).json()) as { documents: { title: string }[] };
	expect(html).toContain('<fieldset class="filters');
	expect(html).toContain('data-testid="year-filter"');
	for (const d of index.documents) expect(html).toContain(d.title);
	expect(html).toMatch(/<h2 id="layers-title"[^>]*>图层<\/h2>/);
	for (const name of ['三区三州', '村']) expect(html).toContain(`<span>${name}</span>`);
	// The legend of the default layers is there too (the 三区三州 parts), not only the switches.
	expect(html).toContain('data-testid="legend-sanqu"');

	const release = await holdGeometry(page);
	await page.goto('./', { waitUntil: 'commit' });
	const map = page.getByTestId('map');
	const layers = page.getByRole('region', { name: '图层' });
	const villages = layers.getByRole('checkbox', { name: '村', exact: true });
	const year = page.getByTestId('year-filter');
	await expect(villages).toBeChecked();
	// Usable once the explore data is in, while the map's geometry is still held back.
	await villages.uncheck();
	await expect(page).toHaveURL(/[?&]layers=sanqu,areas,named(&|$)/);
	await year.selectOption('2015');
	await expect(page).toHaveURL(/[?&]year=2015(&|$)/);
	await expect(map).not.toHaveAttribute('data-idle', 'true');

	// (Choosing scrolled the side panel: measure from its top, as a reader who scrolls back would see it.)
	const top = () => page.locator('#sidebar').evaluate((e) => e.scrollTo(0, 0));
	await top();
	const side = await page.locator('#sidebar').boundingBox();
	const filters = await page.locator('fieldset.filters').boundingBox();
	const panel = await layers.boundingBox();
	release();
	await waitForMapIdle(page);
	await top();
	// Nothing in the side panel above the place list moved when the map finished.
	expect(await page.locator('#sidebar').boundingBox()).toEqual(side);
	expect(await page.locator('fieldset.filters').boundingBox()).toEqual(filters);
	expect(await layers.boundingBox()).toEqual(panel);
	await expect(villages).not.toBeChecked();
	await expect(year).toHaveValue('2015');
});

test('the first view draws 三区三州, the areas, the named units and the labels without the county file', async ({
	page
}) => {
	// The 2.5 MB county file never arrives: the first view must not need it.
	await page.route(/counties\.topo\.[^/]*json$/, () => new Promise(() => {}));
	await page.goto('./');
	const map = page.getByTestId('map');
	await expect(map).toHaveAttribute('data-overlays', 'true', { timeout: 60_000 });
	await waitForMapIdle(page);
	await expect(map).toHaveAttribute('data-idle', 'true');
	await expect(map).not.toHaveAttribute('data-counties', 'true');
	const drawn = await page.evaluate(() => {
		const m = (
			document.querySelector('[data-testid="map"]') as HTMLElement & {
				__map: { queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[] };
			}
		).__map;
		const ids = (layer: string, key: string) =>
			[...new Set(m.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties[key])))].sort();
		return {
			sanqu: ids('sanqu-fill', 'place'),
			areas: ids('areas-fill', 'place'),
			named: ids('named-line', 'place'),
			sanquLabels: ids('sanqu-label', 'label'),
			provinces: ids('province-label', 'name'),
			villages: ids('villages-marker', 'place')
		};
	});
	// The villages the speeches name (十八洞村, 赵家洼村, …) are marked.
	expect(drawn.villages.length).toBeGreaterThanOrEqual(3);
	expect(drawn.sanqu).toEqual(
		[
			'sanqu_nanjiang_sidizhou',
			'sanqu_sisheng_zangqu',
			'sanqu_xizang',
			'sanzhou_liangshan',
			'sanzhou_linxia',
			'sanzhou_nujiang'
		].sort()
	);
	expect(drawn.areas.length).toBeGreaterThanOrEqual(10);
	expect(drawn.named.length).toBeGreaterThan(5);
	expect(drawn.sanquLabels).toContain('凉山州');
	// Province labels (a few give way to the region labels over them, e.g. 西藏 to the part 西藏).
	expect(drawn.provinces).toEqual(expect.arrayContaining(['四川', '云南', '北京', '黑龙江']));
	expect(drawn.provinces.length).toBeGreaterThan(25);
});
