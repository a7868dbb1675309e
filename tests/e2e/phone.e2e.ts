import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { watch, waitForMapIdle, waitForCounties } from './util';
import { unitFeatures } from '../../src/lib/explore/selection';
import { bboxOf } from '../../src/lib/geo/bbox-of';

// 凉山's outline, from the same geometry the site draws (its gazetteer codes in the national file).
const prefectures = JSON.parse(readFileSync('geodata/gazetteer/prefectures.json', 'utf8')) as {
	id: string;
	codes?: string[];
}[];
const china = JSON.parse(readFileSync('geodata/china.topo.json', 'utf8')) as Topology;
const liangshanBox = bboxOf(
	unitFeatures(prefectures.find((p) => p.id === 'liangshan')!.codes!, china, null)
)!;

/** Waits until the map has stopped moving and drawn (a fitBounds animation has ended). */
async function settled(page: Page) {
	await page.waitForFunction(
		() => {
			const m = (
				document.querySelector('[data-testid="map"]') as HTMLElement & { __map?: { isMoving(): boolean } }
			).__map;
			return !!m && !m.isMoving();
		},
		null,
		{ timeout: 30_000 }
	);
	await waitForMapIdle(page);
}

/** No element of the page (nor the sheet's own content) scrolls sideways. */
async function noSidewaysScroll(page: Page) {
	const widths = await page.evaluate(() => {
		const content = document.querySelector('[data-testid="sheet"] .content')!;
		return {
			doc: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
			sheet: [content.scrollWidth, content.clientWidth]
		};
	});
	expect(widths.doc[0]).toBeLessThanOrEqual(widths.doc[1]);
	expect(widths.sheet[0]).toBeLessThanOrEqual(widths.sheet[1]);
}

for (const viewport of [
	{ width: 360, height: 740 },
	{ width: 390, height: 844 }
]) {
	test.describe(`phone ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport, hasTouch: true });
		test.describe.configure({ timeout: 180_000 });

		test('one-row header, tools menu, 凉山 framed above the sheet, sheet peek/full by button and drag', async ({
			page
		}) => {
			const w = watch(page);
			await page.goto('./');
			await waitForMapIdle(page);
			const search = page.getByRole('combobox', { name: '搜索' });
			await expect(search).toBeVisible({ timeout: 60_000 });

			// The header is one row: every item on the same line, the whole under 64 px.
			const header = page.locator('header').first();
			expect((await header.boundingBox())!.height).toBeLessThan(64);
			const rows = await header.evaluate((h) => {
				const tops = [...h.querySelectorAll('h1, .search, .tools > *')].map((e) =>
					Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)
				);
				return Math.max(...tops) - Math.min(...tops);
			});
			expect(rows).toBeLessThan(12);

			// The other tools are in a menu: it opens, takes focus, Esc closes it and gives focus back.
			const more = page.getByRole('button', { name: '更多工具' });
			await expect(more).toHaveAttribute('aria-expanded', 'false');
			await expect(page.getByTestId('tool-menu')).toBeHidden();
			await more.click();
			await expect(more).toHaveAttribute('aria-expanded', 'true');
			const menu = page.getByTestId('tool-menu');
			await expect(menu.getByRole('link', { name: '讲解路线' })).toBeVisible();
			await expect(menu.getByTestId('qr-button')).toBeVisible();
			await expect(menu.getByTestId('export-button')).toBeVisible();
			await expect(menu.getByRole('link', { name: '讲解路线' })).toBeFocused();
			await page.keyboard.press('Escape');
			await expect(menu).toBeHidden();
			await expect(more).toBeFocused();

			// A student searches 凉山 and picks it with Enter.
			await search.fill('凉山');
			await expect(page.getByRole('option').first()).toContainText('凉山彝族自治州');
			await search.press('Enter');
			const sheet = page.getByTestId('sheet');
			await expect(sheet).toHaveAttribute('data-state', 'peek');
			await expect(sheet.getByTestId('place-details')).toHaveAttribute('data-place', 'liangshan');
			await waitForCounties(page);
			await settled(page);

			// 凉山's bounds, projected, lie in the map above the peeking sheet.
			const sheetTop = (await sheet.boundingBox())!.y;
			const mapBox = (await page.getByTestId('map').boundingBox())!;
			const corners = await page.evaluate((b) => {
				const m = (
					document.querySelector('[data-testid="map"]') as HTMLElement & {
						__map: { project(p: [number, number]): { x: number; y: number } };
					}
				).__map;
				return [m.project([b[0], b[3]]), m.project([b[2], b[1]])];
			}, liangshanBox);
			const [nw, se] = corners.map((c) => ({ x: c.x + mapBox.x, y: c.y + mapBox.y }));
			expect(nw.x).toBeGreaterThanOrEqual(mapBox.x);
			expect(se.x).toBeLessThanOrEqual(mapBox.x + mapBox.width);
			expect(nw.y).toBeGreaterThanOrEqual(mapBox.y);
			expect(se.y).toBeLessThanOrEqual(sheetTop);
			// …and fill a fair part of it (framed, not a dot).
			expect(se.x - nw.x).toBeGreaterThan(mapBox.width * 0.4);

			// Passages are read without scrolling sideways.
			await noSidewaysScroll(page);

			// The handle is a button: it opens the sheet full and back.
			const handle = page.getByTestId('sheet-handle');
			await expect(handle).toHaveAttribute('aria-expanded', 'false');
			const peekHeight = (await sheet.boundingBox())!.height;
			await handle.click();
			await expect(sheet).toHaveAttribute('data-state', 'full');
			await expect(handle).toHaveAttribute('aria-expanded', 'true');
			await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(peekHeight * 1.5);
			await noSidewaysScroll(page);
			await handle.focus();
			await page.keyboard.press('Enter');
			await expect(sheet).toHaveAttribute('data-state', 'peek');
			const peekAgain = async () =>
				expect.poll(async () => Math.round((await sheet.boundingBox())!.height)).toBe(Math.round(peekHeight));
			await peekAgain();

			// Dragged by the handle: up opens it full, down brings it back to peek.
			const drag = async (dy: number) => {
				// Where the handle rests once the sheet's height transition has ended.
				let h = (await handle.boundingBox())!;
				for (;;) {
					await page.waitForTimeout(150);
					const again = (await handle.boundingBox())!;
					if (Math.abs(again.y - h.y) < 0.5) break;
					h = again;
				}
				const x = h.x + h.width / 2;
				const y = h.y + h.height / 2;
				await page.mouse.move(x, y);
				await page.mouse.down();
				for (let i = 1; i <= 5; i++) await page.mouse.move(x, y + (dy * i) / 5);
				await page.mouse.up();
			};
			await drag(-viewport.height * 0.4);
			await expect(sheet).toHaveAttribute('data-state', 'full');
			await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(peekHeight * 1.5);
			await drag(viewport.height * 0.4);
			await expect(sheet).toHaveAttribute('data-state', 'peek');
			await peekAgain();

			// In English (from the menu) the header still fits one row and nothing scrolls sideways.
			await more.click();
			await page.getByRole('button', { name: '切换到英文界面' }).click();
			await expect(sheet.getByText('Liangshan Yi Autonomous Prefecture')).toBeVisible();
			expect((await header.boundingBox())!.height).toBeLessThan(64);
			await noSidewaysScroll(page);

			expect(w.problems).toEqual([]);
			expect(w.offOrigin).toEqual([]);
		});
	});
}
