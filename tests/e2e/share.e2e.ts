import { test, expect, type Browser, type Page } from '@playwright/test';
import { watch, waitForMapIdle } from './util';

/** The `view` parameter of an address: [lng, lat, zoom]. */
function viewOf(url: string): [number, number, number] {
	const v = new URL(url).searchParams.get('view');
	expect(v, `no view in ${url}`).toBeTruthy();
	return v!.split(',').map(Number) as [number, number, number];
}
/** What the map shows: its centre and zoom, from MapLibre. */
async function shown(page: Page): Promise<[number, number, number]> {
	return page.evaluate(() => {
		const el = document.querySelector('[data-testid="map"]') as HTMLElement & {
			__map: { getCenter(): { lng: number; lat: number }; getZoom(): number };
		};
		const c = el.__map.getCenter();
		return [c.lng, c.lat, el.__map.getZoom()];
	});
}
function expectSameView(actual: [number, number, number], expected: [number, number, number]) {
	expect(Math.abs(actual[0] - expected[0]), `lng ${actual[0]} vs ${expected[0]}`).toBeLessThanOrEqual(0.01);
	expect(Math.abs(actual[1] - expected[1]), `lat ${actual[1]} vs ${expected[1]}`).toBeLessThanOrEqual(0.01);
	expect(Math.abs(actual[2] - expected[2]), `zoom ${actual[2]} vs ${expected[2]}`).toBeLessThanOrEqual(0.05);
}
/** Waits until the address's view stops changing (the map's move ended and was written). */
async function settledUrl(page: Page): Promise<string> {
	await page.waitForFunction(() => {
		const el = document.querySelector('[data-testid="map"]') as HTMLElement & {
			__map?: { isMoving(): boolean };
		};
		return !!el?.__map && !el.__map.isMoving();
	});
	let last = '';
	await expect
		.poll(
			async () => {
				const now = page.url();
				const same = now === last;
				last = now;
				return same;
			},
			{ intervals: [700, 700, 700, 1000], timeout: 30_000 }
		)
		.toBe(true);
	return last;
}
/** Opens a shared address and checks it shows, and keeps, the view it carries. */
async function expectReopens(page: Page, url: string) {
	await expect(page.getByTestId('map')).toHaveAttribute('data-counties', 'true', { timeout: 90_000 });
	// The explore data and the county geometry are in (the moments a default view or a framing could
	// be written): the address is still the one opened, and the map shows its view.
	await expect(page.getByTestId('place-details').first()).toHaveAttribute('data-place', 'liangshan');
	expect(await settledUrl(page)).toBe(url);
	expectSameView(await shown(page), viewOf(url));
}

for (const [device, viewport] of [
	['desktop', { width: 1920, height: 1080 }],
	['phone', { width: 390, height: 844 }]
] as const) {
	test(`${device}: a copied link reopens exactly the view on screen, in a fresh context, after a reload and Back/Forward`, async ({
		browser
	}) => {
		test.setTimeout(240_000);
		const teacher = await browser.newContext({ viewport });
		const page = await teacher.newPage();
		const w = watch(page);
		await page.goto('./');
		// The search box is in the prerendered page; what is typed is answered once the data is in.
		const box = page.getByRole('combobox', { name: '搜索' });
		await expect(box).toBeVisible({ timeout: 90_000 });
		await box.fill('凉山');
		await expect(page.getByRole('option').first()).toContainText('凉山彝族自治州');
		await box.press('Enter');
		await expect(page).toHaveURL(/place=liangshan/);
		// Typed before the map was ready, the place is framed once the counties are in; then the view is written.
		await expect(page.getByTestId('map')).toHaveAttribute('data-counties', 'true', { timeout: 90_000 });
		await expect(page).toHaveURL(/view=/);
		const framed = viewOf(await settledUrl(page));
		let before = framed[2];
		for (let i = 0; i < 2; i++) {
			await page.getByRole('button', { name: '放大' }).click();
			// Each click zooms in one step, and the address follows once the move has ended.
			await expect.poll(() => viewOf(page.url())[2], { timeout: 30_000 }).toBeGreaterThan(before + 0.9);
			before = viewOf(await settledUrl(page))[2];
		}
		const copied = page.url();
		expect(viewOf(copied)[2]).toBeGreaterThan(framed[2] + 1.5);
		expectSameView(await shown(page), viewOf(copied));

		// Back to the map before the selection, and Forward to the copied view.
		await page.goBack();
		await expect(page).not.toHaveURL(/place=liangshan/);
		await page.goForward();
		await expect(page).toHaveURL(copied);
		await expect.poll(async () => Math.abs((await shown(page))[2] - viewOf(copied)[2])).toBeLessThan(0.05);
		expectSameView(await shown(page), viewOf(copied));

		// A student opens the copied address in a new browser.
		const student = await openFresh(browser, viewport, copied);
		await expectReopens(student, copied);
		// … and reloads it.
		await student.reload();
		await expectReopens(student, copied);
		await student.context().close();
		expect(w.problems).toEqual([]);
		await teacher.close();
	});
}

async function openFresh(browser: Browser, viewport: { width: number; height: number }, url: string) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	await page.goto(url);
	return page;
}

test('a link with a place and no view frames the place; a link with neither shows the whole country', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('./?place=liangshan');
	await expect(page.getByTestId('map')).toHaveAttribute('data-counties', 'true', { timeout: 90_000 });
	await expect(page).toHaveURL(/view=/);
	const [lng, lat, zoom] = viewOf(await settledUrl(page));
	// 凉山 lies about 100.1–103.9°E, 26.0–29.3°N; the popup sits to the east of it.
	expect(lng).toBeGreaterThan(100);
	expect(lng).toBeLessThan(106);
	expect(lat).toBeGreaterThan(26);
	expect(lat).toBeLessThan(29.5);
	expect(zoom).toBeGreaterThan(6);

	await page.goto('./');
	// The search box is in the prerendered page: wait for the map, which writes the view it opens on.
	await expect(page.getByTestId('map')).toHaveAttribute('data-counties', 'true', { timeout: 90_000 });
	await expect(page).toHaveURL(/view=/);
	const [, , z0] = viewOf(await settledUrl(page));
	expect(z0).toBeLessThan(4.5);
});

test('phone: a link with no view shows the whole mainland, west to east', async ({ browser }) => {
	test.setTimeout(120_000);
	const page = await openFresh(browser, { width: 390, height: 844 }, './');
	await waitForMapIdle(page);
	await expect(page).toHaveURL(/view=/);
	// 新疆's western tip (73.5°E) to 黑龙江's eastern one (135°E): the page's layout settles after the
	// map is created, and the frame must be taken in the final size (it used to cut 新疆 off).
	const [west, east] = await page.evaluate(() => {
		const b = (
			document.querySelector('[data-testid="map"]') as HTMLElement & {
				__map: { getBounds(): { getWest(): number; getEast(): number } };
			}
		).__map.getBounds();
		return [b.getWest(), b.getEast()];
	});
	expect(west).toBeLessThanOrEqual(73.5);
	expect(east).toBeGreaterThanOrEqual(135);
	await page.context().close();
});
