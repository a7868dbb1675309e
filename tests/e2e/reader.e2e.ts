import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { watch, waitForMapIdle } from './util';

interface Doc {
	id: string;
	title: string;
	paragraphs: { id: string; text: string }[];
}

const DIR = 'src/content/documents';
const docs: Doc[] = readdirSync(DIR)
	.filter((f) => f.endsWith('.json'))
	.map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Doc);

/** Places drawn on the reader's side map (rendered features of its circle layer). */
async function renderedPlaces(page: Page, selectedOnly = false): Promise<string[]> {
	return page.evaluate((selectedOnly) => {
		const el = document.querySelector('[data-testid="reader-map"] [data-testid="map"]') as HTMLElement & {
			__map: {
				queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[];
			};
		};
		return el.__map
			.queryRenderedFeatures({ layers: ['reader-places-circle'] })
			.filter((f) => !selectedOnly || f.properties.selected === true)
			.map((f) => String(f.properties.id));
	}, selectedOnly);
}

/** Names drawn by the side map's label layer. */
async function renderedLabels(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const el = document.querySelector('[data-testid="reader-map"] [data-testid="map"]') as HTMLElement & {
			__map: { queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[] };
		};
		return el.__map
			.queryRenderedFeatures({ layers: ['reader-places-label'] })
			.map((f) => String(f.properties.name));
	});
}

test('the corpus has documents', () => {
	expect(docs.length).toBeGreaterThanOrEqual(3);
});

for (const doc of docs) {
	test(`reader ${doc.id}: every paragraph, character for character`, async ({ page }) => {
		const w = watch(page);
		await page.goto(`./read/${doc.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const texts = await page.locator('[data-paragraph] [data-testid="paragraph-text"]').allTextContents();
		expect(texts.length).toBe(doc.paragraphs.length);
		expect(texts).toEqual(doc.paragraphs.map((p) => p.text));
		const ids = await page.locator('[data-paragraph]').evaluateAll((els) => els.map((e) => e.id));
		expect(ids).toEqual(doc.paragraphs.map((p) => p.id));
		// The switcher lists every document and marks this one.
		const current = page.getByRole('navigation').locator('a[aria-current="page"]');
		await expect(current).toHaveCount(1);
		await expect(current).toContainText(doc.title);
		expect(w.problems).toEqual([]);
		expect(w.offOrigin).toEqual([]);
	});
}

test('?p=p5&place=… scrolls to and highlights the paragraph and the place’s mentions', async ({ page }) => {
	const doc = '2017-06-23-taiyuan';
	await page.goto(`./read/${doc}`);
	// Pick a place mentioned in p5 from the page itself.
	const place = await page.locator('#p5 .mention').first().getAttribute('data-place');
	expect(place).toBeTruthy();
	await page.goto(`./read/${doc}?p=p5&place=${place}`);
	const p5 = page.locator('#p5');
	await expect(p5).toHaveAttribute('data-target', 'true');
	await expect(p5).toBeInViewport();
	const marked = p5.locator('.mention[data-highlight="true"]');
	const all = p5.locator(`.mention[data-place="${place}"]`);
	await expect(marked.first()).toBeVisible();
	expect(await marked.count()).toBe(await all.count());
	// Only that paragraph is the target, and only that place is highlighted in it.
	await expect(page.locator('[data-target="true"]')).toHaveCount(1);
	await expect(p5.locator(`.mention[data-highlight="true"]:not([data-place="${place}"])`)).toHaveCount(0);
	// The highlight shows: background differs from an unhighlighted paragraph.
	const bg = (sel: string) => page.locator(sel).evaluate((e) => getComputedStyle(e).backgroundColor);
	expect(await bg('#p5')).not.toBe(await bg('#p6'));
});

test('#p12 alone scrolls to that paragraph', async ({ page }) => {
	await page.goto('./read/2020-03-06-beijing#p12');
	await expect(page.locator('#p12')).toBeInViewport();
});

test('wide screen: clicking a mention shows that place on the side map', async ({ page }) => {
	const w = watch(page);
	await page.goto('./read/2017-06-23-taiyuan');
	await waitForMapIdle(page);
	// 凉山 in the speech: find a mention of the liangshan place, or else any mention with a point.
	const mention = page.locator('.mention[data-place="liangshan"]').first();
	await expect(mention).toHaveCount(1);
	await expect(mention).toHaveJSProperty('tagName', 'BUTTON');
	await mention.scrollIntoViewIfNeeded();
	await mention.click();
	await expect(mention).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('reader-map')).toHaveAttribute('data-selected-place', 'liangshan');
	await expect.poll(() => renderedPlaces(page, true), { timeout: 10_000 }).toEqual(['liangshan']);
	// The panel names it and links to the explore page.
	const link = page.getByRole('link', { name: /在地图上查看/ });
	await expect(link).toHaveAttribute('href', /\?place=liangshan$/);
	// Keyboard: Enter on another mention selects it.
	const other = page.locator('.mention:not([data-place="liangshan"])').first();
	await other.focus();
	await page.keyboard.press('Enter');
	const otherId = await other.getAttribute('data-place');
	await expect(page.getByTestId('reader-map')).toHaveAttribute('data-selected-place', otherId!);
	expect(w.problems).toEqual([]);
	expect(w.offOrigin).toEqual([]);
});

test('wide screen: the map follows the paragraphs in view', async ({ page }) => {
	await page.goto('./read/2017-06-23-taiyuan');
	await waitForMapIdle(page);
	const map = page.getByTestId('reader-map');
	// Scroll so that a paragraph naming liangshan is in the middle of the window.
	const para = page.locator('[data-paragraph]:has(.mention[data-place="liangshan"])').first();
	await para.evaluate((e) => e.scrollIntoView({ block: 'center' }));
	await expect(map).toHaveAttribute('data-places', /(^| )liangshan( |$)/);
	await expect.poll(() => renderedPlaces(page), { timeout: 10_000 }).toContain('liangshan');
});

test('phone: text only, mentions link to the explore page', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('./read/2017-06-23-taiyuan');
	await expect(page.getByTestId('reader-map')).toHaveCount(0);
	const mention = page.locator('.mention').first();
	await expect(mention).toHaveJSProperty('tagName', 'A');
	await expect(mention).toHaveAttribute('href', /\?place=[a-z0-9_-]+$/);
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);
	await page.screenshot({ path: 'test-results/reader-390x844.png' });
});

test('1920×1080 screenshot with a place selected', async ({ page }) => {
	await page.goto('./read/2017-06-23-taiyuan?p=p5&place=liangshan');
	await waitForMapIdle(page);
	// Labels are drawn with local fonts, which takes a moment under software rendering.
	await expect.poll(() => renderedLabels(page), { timeout: 20_000 }).toContain('凉山彝族自治州');
	await page.screenshot({ path: 'test-results/reader-1920x1080.png' });
});

test('axe: no serious or critical violation on /read/2017-06-23-taiyuan', async ({ page }) => {
	await page.goto('./read/2017-06-23-taiyuan');
	await waitForMapIdle(page);
	await page.locator('.mention').first().click();
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('print: no map, no navigation, the source line printed', async ({ page }) => {
	await page.goto('./read/2017-06-23-taiyuan');
	await waitForMapIdle(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.side')).toBeHidden();
	await expect(page.getByRole('navigation')).toHaveCount(0);
	await expect(page.locator('.source')).toBeVisible();
});
