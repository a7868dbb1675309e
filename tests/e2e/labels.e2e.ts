import { test, expect, type Page } from '@playwright/test';
import { renderedLabels, waitForCounties, waitForMapIdle, watch } from './util';

const CJK = /[\u3400-\u9fff]/;
const OVERLAY_LABELS = ['sanqu-label', 'areas-label', 'named-label', 'villages-label', 'symposia-label'];
const LAYERS = '?layers=sanqu,areas,named,villages,symposia';

/** Waits until the province labels are drawn in `lang` and the map has settled. */
async function labelsIn(page: Page, lang: 'zh' | 'en') {
	await expect(page.getByTestId('map')).toHaveAttribute('data-label-lang', lang, { timeout: 30_000 });
	await waitForMapIdle(page);
}

test.describe('map labels follow the language', () => {
	test.describe.configure({ timeout: 180_000 });

	test('English → English and pinyin labels only; back to Chinese → 四川 again', async ({ page }) => {
		const w = watch(page);
		// The English table is a script chunk of its own (hashed name): recognised by its content.
		const tableRequests: string[] = [];
		page.on('response', async (r) => {
			if (r.request().resourceType() !== 'script') return;
			const body = await r.text().catch(() => '');
			if (body.includes('Inner Mongolia')) tableRequests.push(r.url());
		});
		await page.goto(`./${LAYERS}`);
		await waitForCounties(page);
		await expect(page.getByTestId('place-list')).toBeVisible();
		// Chinese readers never load the English table.
		expect(tableRequests).toEqual([]);
		await expect.poll(() => renderedLabels(page, ['province-label'])).toContain('四川');
		await expect
			.poll(async () => (await renderedLabels(page, ['sanqu-label', 'areas-label'])).length)
			.toBeGreaterThan(5);
		await waitForMapIdle(page);
		const regionsZh = await renderedLabels(page, ['sanqu-label', 'areas-label']);

		await page.getByRole('button', { name: '切换到英文界面' }).click();
		await labelsIn(page, 'en');
		expect(tableRequests).toHaveLength(1);
		await expect.poll(() => renderedLabels(page, ['province-label'])).toContain('Sichuan');
		const provinces = await renderedLabels(page, ['province-label']);
		expect(provinces.length).toBeGreaterThan(20);
		expect(provinces.filter((t) => CJK.test(t))).toEqual([]);
		const overlays = await renderedLabels(page, OVERLAY_LABELS);
		expect(overlays.length).toBeGreaterThan(5);
		expect(overlays.filter((t) => CJK.test(t) || !t.trim())).toEqual([]);
		// Every region labelled in Chinese is labelled in English too (the longer names are not dropped).
		await expect
			.poll(async () => (await renderedLabels(page, ['sanqu-label', 'areas-label'])).length)
			.toBeGreaterThanOrEqual(regionsZh.length);
		await expect(page.locator('.inset figcaption')).toHaveText('South China Sea Islands');

		await page.getByRole('button', { name: 'Switch to Chinese' }).click();
		await labelsIn(page, 'zh');
		await expect.poll(() => renderedLabels(page, ['province-label'])).toContain('四川');
		expect((await renderedLabels(page, ['province-label'])).filter((t) => !CJK.test(t))).toEqual([]);
		expect((await renderedLabels(page, OVERLAY_LABELS)).some((t) => CJK.test(t))).toBe(true);
		expect(w.problems).toEqual([]);
		expect(w.offOrigin).toEqual([]);
	});

	test('a link with lang=en opens with English labels', async ({ page }, info) => {
		await page.goto(`./${LAYERS}&lang=en`);
		await waitForCounties(page);
		await labelsIn(page, 'en');
		await expect.poll(() => renderedLabels(page, ['province-label'])).toContain('Yunnan');
		expect(
			(await renderedLabels(page, ['province-label', ...OVERLAY_LABELS])).filter((t) => CJK.test(t))
		).toEqual([]);
		await page.screenshot({ path: info.outputPath('labels-en-1920.png') });
	});

	test('phone: English labels at 390×844', async ({ page }, info) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`./${LAYERS}&lang=en`);
		await waitForCounties(page);
		await labelsIn(page, 'en');
		// On a phone the whole country is small: the region labels (placed first) leave room for a few
		// province labels only, and the longest English region names do not all fit at the national view.
		await expect.poll(async () => (await renderedLabels(page, ['province-label'])).length).toBeGreaterThan(2);
		await expect
			.poll(async () => (await renderedLabels(page, ['sanqu-label', 'areas-label'])).length)
			.toBeGreaterThan(5);
		expect(
			(await renderedLabels(page, ['province-label', ...OVERLAY_LABELS])).filter((t) => CJK.test(t))
		).toEqual([]);
		await page.screenshot({ path: info.outputPath('labels-en-390.png') });
	});
});
