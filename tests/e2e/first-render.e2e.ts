/**
 * The explore page is usable before its map is (issue 12 §2): the search box is in the prerendered
 * page, takes what is typed while the map's geometry is still loading, and answers it once the
 * places and the index have loaded; nothing the reader sees moves when the map finishes.
 */
import { test, expect, type Route } from '@playwright/test';
import { waitForMapIdle } from './util';

test('the search box accepts input before the map reports idle, and answers it', async ({ page }) => {
	// A slow connection for the map's geometry: china.topo.json is held back until the test releases it.
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	await page.route(/china\.topo\.[^/]*json$/, async (route: Route) => {
		await held;
		await route.continue();
	});
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
