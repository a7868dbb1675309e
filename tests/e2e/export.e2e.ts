import { test, expect, type Page } from '@playwright/test';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { readPngText } from '../../src/lib/export/pngText';
import { watch, waitForCounties } from './util';

/** Where the decoded PNGs are also written, to look at. */
const OUT = process.env.EXPORT_OUT ?? 'test-results/export';

/** Opens the export menu, picks a size, and returns the downloaded file's name and bytes. */
async function exportImage(page: Page, choice: 'export-1x' | 'export-2x') {
	await page.getByTestId('export-button').click();
	const download = page.waitForEvent('download', { timeout: 400_000 });
	await page.getByTestId(choice).click();
	await expect(page.getByTestId('export-button')).toHaveAttribute('aria-busy', 'true');
	const d = await download;
	const bytes = readFileSync((await d.path())!);
	mkdirSync(OUT, { recursive: true });
	writeFileSync(`${OUT}/${d.suggestedFilename()}`, bytes);
	await expect(page.getByTestId('export-button')).toHaveAttribute('aria-busy', 'false');
	return { name: d.suggestedFilename(), bytes: new Uint8Array(bytes), png: PNG.sync.read(bytes) };
}

/** Distinct colours (RGB, quantised to 4 bits a channel) in a rectangle of the image. */
function distinctColours(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
	const seen = new Set<number>();
	for (let y = y0; y < y1; y += 2)
		for (let x = x0; x < x1; x += 2) {
			const i = (y * png.width + x) * 4;
			seen.add(((png.data[i] >> 4) << 8) | ((png.data[i + 1] >> 4) << 4) | (png.data[i + 2] >> 4));
		}
	return seen.size;
}

/** The dark ("ink") pixels of a rectangle, as a bit string, to compare two title bands. */
function ink(png: PNG, x0: number, y0: number, x1: number, y1: number): { count: number; mask: string } {
	let count = 0;
	let mask = '';
	for (let y = y0; y < y1; y++)
		for (let x = x0; x < x1; x++) {
			const i = (y * png.width + x) * 4;
			// The title is drawn in the accent red on white: a pixel well below white in green counts.
			const on = png.data[i + 1] < 160;
			if (on) count++;
			mask += on ? '1' : '0';
		}
	return { count, mask };
}

test.describe('slide export', () => {
	test.describe.configure({ timeout: 900_000 });

	test('exports 凉山 as a 1920×1080 PNG with title, map and legend; 2× is 3840×2160', async ({ page }) => {
		const w = watch(page);
		await page.goto('./?place=liangshan');
		await expect(page.getByTestId('place-details')).toHaveAttribute('data-place', 'liangshan', {
			timeout: 60_000
		});
		await waitForCounties(page);

		const one = await exportImage(page, 'export-1x');
		expect(one.name).toBe('speech-atlas-liangshan-1920x1080.png');
		expect([one.png.width, one.png.height]).toEqual([1920, 1080]);
		// The title is in the file's metadata and drawn in the title band.
		expect(readPngText(one.bytes).Title).toBe('凉山彝族自治州');
		const band = ink(one.png, 40, 20, 900, 90);
		expect(band.count).toBeGreaterThan(2000);
		// The map area is a map, not a flat colour: many distinct colours.
		expect(distinctColours(one.png, 100, 200, 1400, 900)).toBeGreaterThan(40);
		await expect(page.getByTestId('export-status')).toContainText('speech-atlas-liangshan-1920x1080.png');
		// The slide's legend lists what the view draws, as the layer panel does, and cuts nothing short.
		const legend = readPngText(one.bytes).Legend.split('\n');
		const onScreen = await page.getByTestId('legend-areas').locator('li').allTextContents();
		expect(onScreen.length).toBeGreaterThan(0);
		expect(onScreen.length).toBeLessThan(14);
		for (const entry of onScreen) {
			const name = entry.trim().split(/\s/)[0];
			expect(
				legend.some((l) => l.replace(/\s/g, '').startsWith(name)),
				name
			).toBe(true);
		}
		for (const far of ['大兴安岭南麓山区', '燕山－太行山区', '罗霄山区', '大别山区'])
			expect(
				legend.some((l) => l.includes(far)),
				far
			).toBe(false);
		expect(legend.filter((l) => l.endsWith('…'))).toEqual([]);

		// Another selection: another title, and another title band.
		await page.getByTestId('place-details').getByRole('button', { name: '四川省' }).click();
		await expect(page.getByTestId('place-details')).toHaveAttribute('data-place', 'sichuan');
		const other = await exportImage(page, 'export-1x');
		expect(readPngText(other.bytes).Title).toBe('四川省');
		const otherBand = ink(other.png, 40, 20, 900, 90);
		expect(otherBand.count).toBeGreaterThan(1000);
		expect(otherBand.mask).not.toBe(band.mask);

		const two = await exportImage(page, 'export-2x');
		expect(two.name).toBe('speech-atlas-sichuan-3840x2160.png');
		expect([two.png.width, two.png.height]).toEqual([3840, 2160]);
		expect(readPngText(two.bytes).Title).toBe('四川省');
		expect(distinctColours(two.png, 200, 400, 2800, 1800)).toBeGreaterThan(40);

		expect(w.problems).toEqual([]);
		expect(w.offOrigin).toEqual([]);
	});

	test('the export control works from the keyboard', async ({ page }) => {
		await page.goto('./');
		const button = page.getByRole('button', { name: '导出图片' });
		await expect(button).toBeVisible({ timeout: 60_000 });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(page.getByTestId('export-1x')).toBeFocused();
		await expect(page.getByTestId('export-1x')).toHaveText('1920×1080 像素');
		await page.keyboard.press('Tab');
		await expect(page.getByTestId('export-2x')).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await expect(button).toBeFocused();
		await expect(page.getByTestId('export-1x')).toBeHidden();
		// The English UI names it in English.
		await page.getByRole('button', { name: '切换到英文界面' }).click();
		await expect(page.getByRole('button', { name: 'Export image' })).toBeVisible();
	});
});
