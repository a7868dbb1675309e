import { test, expect } from '@playwright/test';
import { watch, waitForCounties } from './util';

test.describe('legend of what is in view', () => {
	test.describe.configure({ timeout: 150_000 });

	test('at 凉山 the legend lists the areas drawn there and no others; in English swatches stay beside their labels', async ({
		page
	}) => {
		const w = watch(page);
		await page.goto('./?place=liangshan');
		await expect(page.getByTestId('place-details')).toHaveAttribute('data-place', 'liangshan', {
			timeout: 60_000
		});
		await waitForCounties(page);
		await page.waitForFunction(
			() =>
				!(
					document.querySelector('[data-testid="map"]') as HTMLElement & { __map: { isMoving(): boolean } }
				).__map.isMoving()
		);
		await waitForCounties(page);
		const areas = page.getByTestId('legend-areas').locator('li');
		// What the map draws of the 14 areas in this view (their fills), by name.
		const drawn = await page.evaluate(() => {
			const m = (
				document.querySelector('[data-testid="map"]') as HTMLElement & {
					__map: { queryRenderedFeatures(o: { layers: string[] }): { properties: { name_zh?: string } }[] };
				}
			).__map;
			return [
				...new Set(m.queryRenderedFeatures({ layers: ['areas-fill'] }).map((f) => f.properties.name_zh ?? ''))
			];
		});
		expect(drawn.length).toBeGreaterThan(0);
		await expect
			.poll(async () => (await areas.allTextContents()).map((t) => t.trim().split(/\s/)[0]).sort())
			.toEqual([...drawn].sort());
		expect(drawn.length).toBeLessThan(14);
		// In English, each swatch sits on its label's first line (no entry wraps its label below its swatch).
		await page.getByRole('button', { name: '切换到英文界面' }).click();
		await expect(areas.first()).toContainText(/[A-Za-z]/);
		for (const li of await page.locator('[data-testid^="legend-"] li').all()) {
			const [sw, text] = await li.evaluate((el) =>
				[el.firstElementChild!, el.lastElementChild!].map((e) => e.getBoundingClientRect().top)
			);
			expect(Math.abs(sw - text)).toBeLessThan(8);
		}
		await page.screenshot({ path: 'test-results/legend-liangshan-en.png' });
		expect(w.problems).toEqual([]);
	});
});
