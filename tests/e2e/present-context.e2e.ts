import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { watch, waitForMapIdle } from './util';
import { featuresOf } from '../../src/lib/geo/features-of';
import { bboxOf } from '../../src/lib/geo/bbox-of';

// The provinces the gazetteer says 六盘山区 spans, and their boxes in the geometry the site draws.
const gaz = (f: string) =>
	JSON.parse(readFileSync(`geodata/gazetteer/${f}.json`, 'utf8')) as {
		id: string;
		codes?: string[];
		provinces_spanned?: string[];
	}[];
const spanned = gaz('areas').find((a) => a.id === 'liupanshan')!.provinces_spanned!;
const provinceCodes = spanned.map((id) => gaz('provinces').find((p) => p.id === id)!.codes![0]);
const china = JSON.parse(readFileSync('geodata/china.topo.json', 'utf8')) as Topology;
const provinceBoxes = featuresOf(china, 'provinces')
	.features.filter((f) => provinceCodes.includes(String(f.id)))
	.map((f) => bboxOf(f)!);

/** The map's bounds [w, s, e, n] once the stop's camera has arrived and the map is still. */
async function settledBounds(page: Page, stop: number) {
	const map = page.getByTestId('map');
	await expect(map).toHaveAttribute('data-present-stop', String(stop), { timeout: 60_000 });
	await page.waitForFunction(
		() =>
			!(
				document.querySelector('[data-testid="map"]') as HTMLElement & { __map: { isMoving(): boolean } }
			).__map.isMoving(),
		null,
		{ timeout: 30_000 }
	);
	await waitForMapIdle(page);
	return page.evaluate(() => {
		const m = (
			document.querySelector('[data-testid="map"]') as HTMLElement & {
				__map: {
					getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number };
				};
			}
		).__map;
		const b = m.getBounds();
		return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
	});
}

test.describe('presentation: where the stop lies', () => {
	test.describe.configure({ timeout: 150_000 });

	test('六盘山区 is framed on the four provinces it spans, with a locator; the national stop has none', async ({
		page
	}) => {
		expect(provinceBoxes).toHaveLength(4);
		const w = watch(page);
		await page.goto('./present/contiguous-areas/2');
		const b = await settledBounds(page, 2);
		for (const p of provinceBoxes) {
			expect(b[0]).toBeLessThanOrEqual(p[0]);
			expect(b[1]).toBeLessThanOrEqual(p[1]);
			expect(b[2]).toBeGreaterThanOrEqual(p[2]);
			expect(b[3]).toBeGreaterThanOrEqual(p[3]);
		}
		// The panel names them; the area is still said to be partial.
		await expect(page.getByText(/六盘山区地跨陕西省、甘肃省、青海省、宁夏回族自治区/)).toBeVisible();
		// How many of its counties are sourced: the site's own open data says (8 of 61 since 榆中 was added).
		const regions = (await (await page.request.get('./data/regions.geojson')).json()) as {
			features: { id: string; properties: { member_count: number; official_member_count: number } }[];
		};
		const lps = regions.features.find((f) => f.id === 'liupanshan')!.properties;
		await expect(
			page.getByText(`地图画出 ${lps.member_count} 个县（共 ${lps.official_member_count} 个）`)
		).toBeVisible();
		// A locator map of China with the view's extent marked, inside it.
		const locator = page.getByTestId('locator');
		await expect(locator.getByRole('img', { name: /位置示意/ })).toBeVisible();
		const rect = await locator.getByTestId('locator-extent').boundingBox();
		const svg = await locator.locator('svg').boundingBox();
		expect(rect!.width).toBeGreaterThan(4);
		expect(rect!.height).toBeGreaterThan(4);
		expect(rect!.width).toBeLessThan(svg!.width * 0.7);
		expect(rect!.x).toBeGreaterThanOrEqual(svg!.x);
		expect(rect!.x + rect!.width).toBeLessThanOrEqual(svg!.x + svg!.width);
		await page.screenshot({ path: 'test-results/present-liupanshan-locator.png' });

		// The stop before shows the whole country: no locator.
		await page.keyboard.press('ArrowLeft');
		await settledBounds(page, 1);
		await expect(page.getByTestId('locator')).toHaveCount(0);
		expect(w.problems).toEqual([]);
	});
});
