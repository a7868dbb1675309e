import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { watch, waitForMapIdle, waitForCounties, renderedNames } from './util';

const doc2017 = JSON.parse(readFileSync('src/content/documents/2017-06-23-taiyuan.json', 'utf8')) as {
	paragraphs: { id: string; text: string }[];
};
const details = (page: Page) => page.getByTestId('place-details');

test.describe('explore', () => {
	// Software WebGL on a 2-core machine: the county overlays take a while.
	test.describe.configure({ timeout: 180_000 });
	test('selecting 凉山 shows the 2017 passages, quoted exactly, with 凉山 highlighted', async ({ page }) => {
		const w = watch(page);
		await page.goto('./?place=liangshan');
		await expect(details(page)).toHaveAttribute('data-place', 'liangshan', { timeout: 30_000 });
		await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('凉山彝族自治州');
		const passages = details(page).locator('[data-testid="passage"][data-doc="2017-06-23-taiyuan"]');
		expect(await passages.count()).toBeGreaterThan(0);
		for (const p of await passages.all()) {
			const quote = (await p.locator('blockquote').textContent())!;
			const id = await p.getAttribute('data-paragraph');
			const para = doc2017.paragraphs.find((x) => x.id === id)!;
			expect(para.text).toContain(quote);
		}
		const marks = await passages.first().locator('mark').allTextContents();
		expect(marks.join('')).toMatch(/凉山/);
		// ¶15 names 四川凉山 among the deep-poverty areas (as one of 三区三州): 凉山 is marked there too.
		const p15 = passages.and(page.locator('[data-paragraph="p15"]'));
		await expect(p15.locator('blockquote')).toContainText('四川凉山');
		await expect(p15.locator('mark').filter({ hasText: '凉山' })).toHaveCount(1);
		// The place's own page (print, cite) is one link away.
		await expect(details(page).getByRole('link', { name: '单页 · 打印' })).toHaveAttribute(
			'href',
			/\/place\/liangshan$/
		);
		expect(w.problems).toEqual([]);
		expect(w.offOrigin).toEqual([]);
	});

	test('search by pinyin selects the place, by keyboard', async ({ page }) => {
		await page.goto('./');
		await waitForMapIdle(page);
		const box = page.getByRole('combobox', { name: '搜索' });
		await box.fill('liangshan');
		await expect(page.getByRole('option').first()).toContainText('凉山彝族自治州');
		await box.press('Enter');
		await expect(details(page)).toHaveAttribute('data-place', 'liangshan');
		await expect(page).toHaveURL(/place=liangshan/);
	});

	test('the search results say which query they answer, also when a keystroke leaves them unchanged', async ({
		page
	}) => {
		await page.goto('./');
		// The search box comes with the explore data, loaded once the map's first view is drawn.
		const box = page.getByRole('combobox', { name: '搜索' });
		await expect(box).toBeVisible({ timeout: 60_000 });
		const list = page.locator('#search-results');
		await box.pressSequentially('liangsh');
		await expect(list).toHaveAttribute('data-query', 'liangsh');
		const before = await page.getByRole('option').allTextContents();
		await box.press('a');
		await expect(list).toHaveAttribute('data-query', 'liangsha');
		expect(await page.getByRole('option').allTextContents()).toEqual(before);
	});

	test('year 2015 shows the 延安 and 贵阳 symposia', async ({ page }) => {
		await page.goto('./?year=2015&layers=symposia');
		await waitForMapIdle(page);
		await expect
			.poll(async () => (await renderedNames(page, ['symposia-label'])).sort())
			.toEqual(['延安', '贵阳']);
		const list = page.getByTestId('place-list');
		await expect(list).toContainText('延安市');
		await expect(list).toContainText('贵阳市');
		await expect(list).not.toContainText('凉山彝族自治州');
	});

	test('a county inside 凉山 shows the 凉山 passages, marked as coming via 凉山', async ({ page }) => {
		await page.goto('./?place=513431');
		await expect(details(page)).toBeVisible({ timeout: 30_000 });
		await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('昭觉县');
		await expect(details(page)).toContainText('经由凉山彝族自治州');
		await expect(details(page)).toContainText('三区三州：凉山州');
	});

	test('the URL is the state: back and forward restore the selection', async ({ page }) => {
		await page.goto('./?place=liangshan');
		await expect(details(page)).toHaveAttribute('data-place', 'liangshan', { timeout: 30_000 });
		await details(page).getByRole('button', { name: '四川省' }).click();
		await expect(details(page)).toHaveAttribute('data-place', 'sichuan');
		await expect(page).toHaveURL(/place=sichuan/);
		await page.goBack();
		await expect(details(page)).toHaveAttribute('data-place', 'liangshan');
		await page.goForward();
		await expect(details(page)).toHaveAttribute('data-place', 'sichuan');
		// A copied link reproduces the view and the filters.
		const url = page.url();
		const again = await page.context().newPage();
		await again.goto(url);
		await expect(again.getByTestId('place-details')).toHaveAttribute('data-place', 'sichuan', {
			timeout: 60_000
		});
	});

	test('map → reader → map', async ({ page }) => {
		await page.goto('./?place=fuping');
		await expect(details(page)).toHaveAttribute('data-place', 'fuping', { timeout: 30_000 });
		const link = details(page)
			.getByRole('link', { name: /阅读上下文/ })
			.first();
		await link.click();
		await expect(page).toHaveURL(/\/read\/[^?]+\?p=p\d+&place=fuping/);
		const p = new URL(page.url()).searchParams.get('p')!;
		await expect(page.locator(`#${p}`)).toBeVisible();
		await page
			.getByRole('link', { name: /在地图上查看/ })
			.first()
			.click();
		await expect(page).toHaveURL(/\?place=/);
		await expect(details(page)).toBeVisible({ timeout: 30_000 });
	});

	test('clicking a marker on the map selects its place', async ({ page }) => {
		await page.goto('./?layers=symposia');
		await waitForMapIdle(page);
		const at = await page.evaluate(() => {
			const el = document.querySelector('[data-testid="map"]') as HTMLElement & {
				__map: {
					project(l: [number, number]): { x: number; y: number };
					queryRenderedFeatures(
						o: object
					): { geometry: { coordinates: [number, number] }; properties: { name: string } }[];
				};
			};
			const f = el.__map
				.queryRenderedFeatures({ layers: ['symposia-circle'] })
				.find((x) => x.properties.name === '延安')!;
			const r = el.getBoundingClientRect();
			const p = el.__map.project(f.geometry.coordinates);
			return { x: r.left + p.x, y: r.top + p.y };
		});
		await page.mouse.click(at.x, at.y);
		await expect(details(page)).toHaveAttribute('data-place', 'yanan');
	});

	test('the 832 slider shows how many counties remain, as the 2020 speech says', async ({ page }) => {
		await page.goto('./?layers=poverty832&exit=2019');
		await expect(page.getByTestId('exit-remaining')).toContainText('52', { timeout: 30_000 });
		await page.getByTestId('exit-slider').fill('2015');
		await expect(page.getByTestId('exit-remaining')).toContainText('832');
		await waitForCounties(page);
		expect((await renderedNames(page, ['poverty832-fill'])).length).toBeGreaterThan(0);
	});

	test('layers off at the first view come when switched on, in their place and with the settings in force', async ({
		page
	}) => {
		type M = HTMLElement & {
			__map: {
				getSource(id: string): unknown;
				getStyle(): { layers: { id: string }[] };
				getLayoutProperty(id: string, p: string): unknown;
			};
		};
		const map = () =>
			page.evaluate(() => {
				const m = (document.querySelector('[data-testid="map"]') as M).__map;
				const ids = m.getStyle().layers.map((l) => l.id);
				return {
					choroplethSource: !!m.getSource('ov-choropleth'),
					order: ids,
					choropleth: ids.includes('choropleth-fill')
						? m.getLayoutProperty('choropleth-fill', 'visibility')
						: null,
					p832: ids.includes('poverty832-fill') ? m.getLayoutProperty('poverty832-fill', 'visibility') : null
				};
			});
		await page.goto('./');
		await waitForMapIdle(page);
		// The first view has neither the choropleth nor the county layers (nor their sources).
		const first = await map();
		expect(first.choroplethSource).toBe(false);
		expect(first.order).not.toContain('choropleth-fill');
		// The county file arrives after the first view: the 832 layer comes with it, hidden (it is off).
		await waitForCounties(page);
		expect((await map()).p832).toBe('none');
		// The reader switches the choropleth on: its layer comes, shown, under the regions' hatches.
		await page.getByRole('checkbox', { name: '各省被提及次数' }).check();
		await expect.poll(async () => (await map()).choropleth).toBe('visible');
		const { order } = await map();
		expect(order.indexOf('choropleth-fill')).toBeLessThan(order.indexOf('poverty832-fill'));
		expect(order.indexOf('choropleth-fill')).toBeLessThan(order.indexOf('areas-fill'));
		await waitForMapIdle(page);
		expect((await renderedNames(page, ['choropleth-fill'])).length).toBeGreaterThan(20);
		// Off again: hidden, not drawn.
		await page.getByRole('checkbox', { name: '各省被提及次数' }).uncheck();
		await expect.poll(async () => (await map()).choropleth).toBe('none');
	});

	test('malformed parameters are ignored with a notice, never a crash', async ({ page }) => {
		const w = watch(page);
		await page.goto('./?year=20x5&foo=1&place=nowhere&layers=sanqu,bogus&view=999,999,99');
		// The notice (the page has other live regions, e.g. the export's status).
		await expect(page.getByRole('status').filter({ hasText: 'year=20x5' })).toBeVisible({ timeout: 30_000 });
		await waitForMapIdle(page);
		expect(w.problems).toEqual([]);
	});

	test('the list of places in view is a keyboard equivalent of the map', async ({ page }) => {
		await page.goto('./');
		await waitForMapIdle(page);
		const item = page.getByTestId('place-list').getByRole('button', { name: /凉山彝族自治州/ });
		await item.focus();
		await page.keyboard.press('Enter');
		await expect(details(page)).toHaveAttribute('data-place', 'liangshan');
	});

	test('axe: no serious or critical violations, with and without a popup', async ({ page }) => {
		await page.goto('./');
		await waitForMapIdle(page);
		const serious = async () =>
			(await new AxeBuilder({ page }).analyze()).violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		expect(await serious()).toEqual([]);
		await page.goto('./?place=liangshan');
		await expect(details(page)).toBeVisible({ timeout: 30_000 });
		expect(await serious()).toEqual([]);
	});

	for (const [w, h] of [
		[1920, 1080],
		[390, 844]
	]) {
		test(`screenshot with 凉山 selected at ${w}×${h}`, async ({ page }) => {
			await page.setViewportSize({ width: w, height: h });
			await page.goto('./?place=liangshan');
			await expect(details(page)).toBeVisible({ timeout: 30_000 });
			await waitForCounties(page);
			await page.screenshot({ path: `test-results/explore-${w}x${h}.png` });
		});
	}
});
