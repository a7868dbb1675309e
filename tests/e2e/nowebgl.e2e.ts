import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import config from '../../playwright.config';
import { watch } from './util';
import { PRESENT } from '../../src/lib/ui/present/palette';

// Chromium with WebGL switched off, as on a locked-down classroom PC: the explore page draws the SVG map.
const launch = config.use?.launchOptions ?? {};
test.use({
	launchOptions: { ...launch, args: [...(launch.args ?? []), '--disable-webgl', '--disable-3d-apis'] }
});

const details = (page: Page) => page.getByTestId('place-details');
const svgMap = (page: Page) => page.getByTestId('svg-map');

async function open(page: Page, url: string) {
	await page.goto(url);
	await expect(svgMap(page)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}
async function withCounties(page: Page, url: string) {
	await open(page, url);
	await expect(svgMap(page)).toHaveAttribute('data-counties', 'true', { timeout: 60_000 });
}
/** Clicks the middle of a label (labels let clicks through to the shapes under them). */
async function clickLabel(page: Page, text: string) {
	const box = (await svgMap(page).locator('text', { hasText: text }).first().boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

test.describe('explore without WebGL', () => {
	test.describe.configure({ timeout: 120_000 });

	test('the SVG map, the reason, the provinces and the ten-dash line are shown', async ({ page }) => {
		const w = watch(page);
		await open(page, './');
		expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'))).toBe(false);
		await expect(page.getByTestId('map')).toHaveCount(0);
		await expect(page.getByTestId('no-webgl')).toBeVisible();
		await expect(page.getByTestId('no-webgl')).toContainText('不支持 WebGL2');
		for (const name of ['四川', '台湾', '海南', '西藏'])
			await expect(svgMap(page).locator(`path[data-name="${name}"]`)).toHaveCount(1);
		// The sea shows as sea: east of 台湾 no land shape is hit (a province whose islet ring the data winds
		// the other way was drawn as the rest of the globe, over all the sea).
		const taiwan = (await svgMap(page).locator('path[data-name="台湾"]').boundingBox())!;
		const east = [taiwan.x + taiwan.width * 3, taiwan.y + taiwan.height / 2];
		const hit = await page.evaluate(([x, y]) => {
			const e = document.elementFromPoint(x, y);
			return `${e?.tagName} ${e?.getAttribute('data-name') ?? ''}`.trim();
		}, east);
		expect(hit).not.toMatch(/^path/);
		const dashes = page.locator('path[data-kind="south-china-sea"]');
		await expect(dashes).toHaveCount(2); // on the main map and in the inset
		await expect(page.getByRole('img', { name: '南海诸岛' })).toBeVisible();
		expect((await dashes.last().getAttribute('d'))!.length).toBeGreaterThan(100);
		expect((await dashes.last().boundingBox())!.width).toBeGreaterThan(40);
		// The overlays follow once the counties are in: the six parts of 三区三州 and the 14 areas.
		await expect(svgMap(page)).toHaveAttribute('data-counties', 'true', { timeout: 60_000 });
		await expect(svgMap(page).locator('[data-layer="sanqu-fill"]')).toHaveCount(6);
		const atlas = (await (await page.request.get('./data/atlas.json')).json()) as {
			places: { kind: string; members?: string[] }[];
		};
		const areas = atlas.places.filter((p) => p.kind === 'poverty-area' && p.members?.length);
		expect(areas.length).toBeGreaterThan(10);
		await expect(svgMap(page).locator('[data-layer="areas-fill"]')).toHaveCount(areas.length);
		// English, through the same strings.
		await page.getByRole('button', { name: '切换到英文界面' }).click();
		await expect(page.getByTestId('no-webgl')).toContainText('no WebGL2');
		expect(w.problems).toEqual([]);
		expect(w.offOrigin).toEqual([]);
	});

	test('clicking 凉山 in the 三区三州 layer shows the 2017 passages with 四川凉山 marked', async ({
		page
	}) => {
		const w = watch(page);
		await withCounties(page, './?layers=sanqu');
		await clickLabel(page, '凉山州');
		await expect(details(page)).toHaveAttribute('data-place', 'sanzhou_liangshan');
		const passages = details(page).locator('[data-testid="passage"][data-doc="2017-06-23-taiyuan"]');
		expect(await passages.count()).toBeGreaterThan(0);
		// The mention is marked where the speech says 四川凉山.
		const marked = await passages.locator('mark').evaluateAll((ms) =>
			ms.map((m) => {
				const before = document.createRange();
				before.setStart(m.parentNode!, 0);
				before.setEndBefore(m);
				return before.toString().slice(-2) + m.textContent;
			})
		);
		expect(marked).toContain('四川凉山');
		await expect(page).toHaveURL(/place=sanzhou_liangshan/);
		// The panel over the map (no MapLibre popup), and the selection drawn.
		await expect(page.locator('.panel').getByTestId('place-details')).toBeVisible();
		expect(w.problems).toEqual([]);
		expect(w.offOrigin).toEqual([]);
	});

	test('overlapping shapes offer the choice; shapes and markers work by keyboard', async ({ page }) => {
		await withCounties(page, './');
		await clickLabel(page, '凉山州');
		const choices = page.getByTestId('choices');
		await expect(choices).toBeVisible();
		await expect(choices.getByRole('button', { name: '凉山彝族自治州' })).toBeVisible();
		await choices.getByRole('button', { name: '三区三州：凉山州' }).click();
		await expect(details(page)).toHaveAttribute('data-place', 'sanzhou_liangshan');
		// Tab reaches the shapes; Enter selects.
		const part = svgMap(page).locator('[data-layer="areas-fill"]').first();
		await part.focus();
		await page.keyboard.press('Enter');
		await expect(details(page)).toHaveAttribute('data-place', (await part.getAttribute('data-place'))!);
		await page.goto('./?layers=symposia');
		await expect(svgMap(page).locator('[data-layer="symposia-circle"]').first()).toBeVisible({
			timeout: 30_000
		});
		await svgMap(page).getByRole('button', { name: /^1\. / }).focus();
		await page.keyboard.press('Enter');
		await expect(details(page)).toBeVisible();
	});

	test('the list of places selects a place by keyboard and frames it', async ({ page }) => {
		await withCounties(page, './');
		const before = await svgMap(page).getAttribute('viewBox');
		const item = page.getByTestId('place-list').getByRole('button', { name: /凉山彝族自治州/ });
		await item.focus();
		await page.keyboard.press('Enter');
		await expect(details(page)).toHaveAttribute('data-place', 'liangshan');
		const after = (await svgMap(page).getAttribute('viewBox'))!;
		expect(after).not.toBe(before);
		expect(Number(after.split(' ')[2])).toBeLessThan(Number(before!.split(' ')[2]) / 3);
		// Zoomed in, the list holds only the places in view.
		await expect(page.getByTestId('place-list')).not.toContainText('延安市');
		// Zoomed in this far, any county can be clicked, as on the WebGL map: 昭觉 is offered with
		// the regions over it.
		const county = svgMap(page).locator('[data-layer="counties-hit"][data-code="513431"]');
		await expect(county).toHaveCount(1);
		const at = await county.evaluate((el) => {
			const path = el as SVGPathElement;
			const b = path.getBBox();
			const m = path.getScreenCTM()!;
			for (let i = 1; i < 10; i++)
				for (let j = 1; j < 10; j++) {
					const p = new DOMPoint(b.x + (b.width * i) / 10, b.y + (b.height * j) / 10);
					if (path.isPointInFill(p)) {
						const s = p.matrixTransform(m);
						return { x: s.x, y: s.y };
					}
				}
			return null;
		});
		await page.getByTestId('place-details').getByRole('button', { name: '关闭' }).click();
		await page.mouse.click(at!.x, at!.y);
		await page.getByTestId('choices').getByRole('button', { name: '昭觉县' }).click();
		await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('昭觉县');
	});

	test('axe: no serious or critical violations, with and without a place shown', async ({ page }) => {
		await withCounties(page, './');
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
		test(`screenshots of the whole country and of 凉山 at ${w}×${h}`, async ({ page }) => {
			await page.setViewportSize({ width: w, height: h });
			await withCounties(page, './?layers=sanqu,areas,named,villages,symposia');
			await page.screenshot({ path: `test-results/nowebgl-${w}x${h}-china.png` });
			await withCounties(page, './?place=liangshan');
			await expect(details(page)).toBeVisible({ timeout: 30_000 });
			await page.screenshot({ path: `test-results/nowebgl-${w}x${h}.png` });
		});
	}

	test('presentation mode draws the SVG with the stop’s place highlighted', async ({ page }) => {
		const w = watch(page);
		await page.goto('./present/sanqu-sanzhou/3');
		const map = page.getByTestId('present-svg');
		await expect(map).toHaveAttribute('data-stop', '3', { timeout: 30_000 });
		await expect(map.getByRole('status')).toContainText('WebGL2');
		await expect(map.locator('path[data-name="台湾"]')).toHaveCount(1);
		await expect(page.locator('path[data-kind="south-china-sea"]').first()).toBeAttached();
		const highlight = map.getByTestId('present-highlight');
		const first = (await highlight.getAttribute('d'))!;
		expect(first.length).toBeGreaterThan(100);
		// Drawn with the presentation's own palette, as the WebGL layers are (present.e2e checks those).
		const h = PRESENT.highlight;
		const attrs = (l: typeof highlight, names: string[]) => Promise.all(names.map((n) => l.getAttribute(n)));
		expect(await attrs(highlight, ['fill', 'fill-opacity', 'stroke', 'stroke-width'])).toEqual(
			[h.fill, h.fillOpacity, h.casing, h.casingWidth].map(String)
		);
		expect(await attrs(highlight.locator('+ path'), ['stroke', 'stroke-width'])).toEqual(
			[h.line, h.lineWidth].map(String)
		);
		await page.screenshot({ path: 'test-results/nowebgl-present-1920x1080.png' });
		await expect(page.getByTestId('present')).toHaveAttribute('data-keys', 'on');
		await page.keyboard.press('PageDown');
		await expect(map).toHaveAttribute('data-stop', '4');
		await expect.poll(() => highlight.getAttribute('d')).not.toBe(first);
		expect(w.problems).toEqual([]);
		expect(w.offOrigin).toEqual([]);
	});
});
