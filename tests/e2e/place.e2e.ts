import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { watch } from './util';

const doc = (id: string) =>
	JSON.parse(readFileSync(`src/content/documents/${id}.json`, 'utf8')) as {
		source: string;
		paragraphs: { id: string; text: string }[];
	};

test.describe('a place on its own page (/place/{id})', () => {
	test('lists every passage about 凉山, quoted exactly, with the source line', async ({ page }) => {
		const w = watch(page);
		await page.goto('./place/liangshan');
		await expect(page.getByTestId('place-details').getByRole('heading', { level: 2 })).toHaveText(
			'凉山彝族自治州'
		);
		const passages = page.getByTestId('passage');
		expect(await passages.count()).toBeGreaterThan(2);
		for (const p of await passages.all()) {
			const id = (await p.getAttribute('data-doc'))!;
			const pid = await p.getAttribute('data-paragraph');
			const para = doc(id).paragraphs.find((x) => x.id === pid)!;
			expect(para.text).toContain((await p.locator('blockquote').textContent())!);
		}
		await expect(page.locator('footer')).toContainText(doc('2017-06-23-taiyuan').source);
		// Read in context goes to the reader at that paragraph.
		await passages.first().getByRole('link').click();
		await expect(page).toHaveURL(/\/read\/2017-06-23-taiyuan\?p=p\d+/);
		expect(w.problems).toEqual([]);
		expect(w.offOrigin).toEqual([]);
	});

	test('prints on A4 without the page chrome; passages and sources stay', async ({ page }) => {
		await page.goto('./place/liangshan');
		await expect(page.getByRole('button', { name: '打印' })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
		await expect(page.getByTestId('passage').first()).toBeVisible();
		await expect(page.locator('footer')).toBeVisible();
		const pdf = await page.pdf({ preferCSSPageSize: true });
		// A4 is 595 × 842 points (210 × 297 mm); Chromium writes 594.96 × 841.92.
		const boxes = pdf.toString('latin1').match(/\/MediaBox \[0 0 [\d.]+ [\d.]+\]/g) ?? [];
		expect(boxes.length).toBeGreaterThan(0);
		for (const box of boxes) {
			const [w, h] = box.slice(0, -1).split(' ').slice(-2).map(Number);
			expect(Math.abs(w - 595)).toBeLessThan(1);
			expect(Math.abs(h - 842)).toBeLessThan(1);
		}
	});

	test('links to other places stay on place pages; English by ?lang=en; axe passes', async ({ page }) => {
		await page.goto('./place/liangshan?lang=en');
		await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
		// The parent is named in English, as the gazetteer gives it.
		await page.getByRole('button', { name: 'Sichuan', exact: true }).click();
		await expect(page).toHaveURL(/\/place\/sichuan\?lang=en$/);
		await expect(page.getByTestId('place-details').getByRole('heading', { level: 2 })).toHaveText('四川省');
		const axe = await new AxeBuilder({ page }).analyze();
		expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
	});

	test('an unknown place is a 404 page, not a crash', async ({ page }) => {
		const res = await page.goto('./place/no-such-place');
		expect(res?.status()).toBe(404);
	});
});
