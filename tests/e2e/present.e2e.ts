import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { watch, waitForMapIdle } from './util';
import { PRESENT } from '../../src/lib/ui/present/palette';

interface Ref {
	doc: string;
	paragraph: string;
	start: number;
	end: number;
}
interface TourFile {
	id: string;
	stops: { passage: Ref; highlight: string[] }[];
}

const tours: TourFile[] = readdirSync('src/content/tours')
	.filter((f) => f.endsWith('.json'))
	.map((f) => JSON.parse(readFileSync(`src/content/tours/${f}`, 'utf8')) as TourFile);
const tour = (id: string) => tours.find((t) => t.id === id)!;

/** The referenced paragraph slice, read from the ingested document itself. */
function slice(ref: Ref): string {
	const doc = JSON.parse(readFileSync(`src/content/documents/${ref.doc}.json`, 'utf8')) as {
		paragraphs: { id: string; text: string }[];
	};
	return doc.paragraphs.find((p) => p.id === ref.paragraph)!.text.slice(ref.start, ref.end);
}

/** Opens a presentation page and waits until its keys work (the handler is attached on hydration). */
async function open(page: Page, url: string) {
	await page.goto(url);
	await expect(page.getByTestId('present')).toHaveAttribute('data-keys', 'on');
}

async function expectStop(page: Page, t: TourFile, n: number) {
	await expect(page.getByTestId('present')).toHaveAttribute('data-stop', String(n));
	await expect(page.getByTestId('progress')).toHaveText(`${n} / ${t.stops.length}`);
	expect(await page.getByTestId('quote-text').textContent()).toBe(slice(t.stops[n - 1].passage));
}

/** Number of rendered features of the highlight fill (the current stop's places). */
async function highlighted(page: Page): Promise<number> {
	return page.evaluate(() => {
		const el = document.querySelector('[data-testid="map"]') as HTMLElement & {
			__map: { queryRenderedFeatures(o: { layers: string[] }): unknown[] };
		};
		return el.__map.queryRenderedFeatures({ layers: ['present-highlight-fill'] }).length;
	});
}

test.describe('presentation mode', () => {
	// The map draws with software WebGL here; give each walk-through room.
	test.describe.configure({ timeout: 240_000 });

	test('walks a tour with PageDown/PageUp and the arrow keys; each stop has its URL', async ({ page }) => {
		const w = watch(page);
		const t = tour('symposia');
		await open(page, '/present/symposia');
		await waitForMapIdle(page);
		await expectStop(page, t, 1);
		await expect.poll(() => highlighted(page)).toBeGreaterThan(0);

		await page.keyboard.press('PageDown');
		await expectStop(page, t, 2);
		await expect(page).toHaveURL(/\/present\/symposia\/2$/);
		await page.keyboard.press('PageDown');
		await expectStop(page, t, 3);
		await page.keyboard.press('PageUp');
		await expectStop(page, t, 2);

		await page.keyboard.press('ArrowRight');
		await expectStop(page, t, 3);
		await page.keyboard.press('ArrowDown');
		await expectStop(page, t, 4);
		await page.keyboard.press(' ');
		await expectStop(page, t, 5);
		await page.keyboard.press('ArrowLeft');
		await expectStop(page, t, 4);
		await page.keyboard.press('ArrowUp');
		await expectStop(page, t, 3);
		await expect(page).toHaveURL(/\/present\/symposia\/3$/);

		await page.keyboard.press('End');
		await expectStop(page, t, 7);
		await page.keyboard.press('PageDown'); // stays on the last stop
		await expectStop(page, t, 7);
		await page.keyboard.press('Home');
		await expectStop(page, t, 1);
		await page.keyboard.press('PageUp'); // stays on the first
		await expectStop(page, t, 1);
		expect(w.problems).toEqual([]);
		expect(w.offOrigin).toEqual([]);
	});

	test('jumps by number, blanks the screen, toggles full screen, Esc leaves', async ({ page }) => {
		const w = watch(page);
		const t = tour('contiguous-areas');
		await open(page, '/present/contiguous-areas');
		await waitForMapIdle(page);
		await page.keyboard.type('3');
		await expect(page.getByTestId('jump')).toBeVisible();
		await page.keyboard.press('Enter');
		await expectStop(page, t, 3);
		await page.keyboard.type('12');
		await page.keyboard.press('Enter');
		await expectStop(page, t, 12);
		await expect(page).toHaveURL(/\/present\/contiguous-areas\/12$/);
		await page.keyboard.type('99');
		await page.keyboard.press('Enter');
		await expectStop(page, t, 12); // no such stop: stays, says so
		await expect(page.getByRole('status')).toContainText('99');

		await page.keyboard.press('b');
		await expect(page.getByTestId('blank')).toBeVisible();
		await page.keyboard.press('PageDown'); // navigation still works under the blank
		await page.keyboard.press('B');
		await expect(page.getByTestId('blank')).toBeHidden();
		await expectStop(page, t, 13);
		await page.keyboard.press('.');
		await expect(page.getByTestId('blank')).toBeVisible();
		await page.keyboard.press('.');
		await expect(page.getByTestId('blank')).toBeHidden();

		await page.keyboard.press('f');
		await expect(page.getByTestId('present')).toHaveAttribute('data-fullscreen-requests', '1');
		// Headless Chromium may grant or refuse full screen; either way the page must not fail.
		const full = await page.evaluate(() => !!document.fullscreenElement);
		await expect(page.getByTestId('present')).toHaveAttribute('data-fullscreen', String(full));
		if (full) {
			await page.keyboard.press('F');
			await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
		}

		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
		expect(w.problems).toEqual([]);
	});

	test('opens a stop by its URL, with its places highlighted', async ({ page }) => {
		const w = watch(page);
		const t = tour('sanqu-sanzhou');
		await open(page, '/present/sanqu-sanzhou/3');
		await waitForMapIdle(page);
		await expectStop(page, t, 3);
		await expect(page.getByTestId('map')).toHaveAttribute('data-present-stop', '3');
		await expect.poll(() => highlighted(page)).toBeGreaterThan(0);
		// The highlight's paint is the presentation palette's, as the no-WebGL drawing's is (nowebgl.e2e).
		const paint = await page.evaluate(() => {
			const m = (
				document.querySelector('[data-testid="map"]') as HTMLElement & {
					__map: { getPaintProperty(layer: string, name: string): unknown };
				}
			).__map;
			return [
				m.getPaintProperty('present-highlight-fill', 'fill-color'),
				m.getPaintProperty('present-highlight-fill', 'fill-opacity'),
				m.getPaintProperty('present-highlight-casing', 'line-color'),
				m.getPaintProperty('present-highlight-casing', 'line-width'),
				m.getPaintProperty('present-highlight-line', 'line-color'),
				m.getPaintProperty('present-highlight-line', 'line-width')
			];
		});
		const h = PRESENT.highlight;
		expect(paint).toEqual([h.fill, h.fillOpacity, h.casing, h.casingWidth, h.line, h.lineWidth]);
		await page.keyboard.press('PageDown');
		await expectStop(page, t, 4);
		await page.reload();
		await expectStop(page, t, 4);
		expect((await page.request.get('/present/sanqu-sanzhou/99')).status()).toBe(404);
		expect(w.problems).toEqual([]);
	});

	test('quote text is at least 28 px at 1920×1080 and fits its panel, on every stop of every tour', async ({
		page
	}) => {
		const w = watch(page);
		await page.setViewportSize({ width: 1920, height: 1080 });
		for (const t of tours) {
			await open(page, `/present/${t.id}`);
			for (let n = 1; n <= t.stops.length; n++) {
				if (n > 1) await page.keyboard.press('PageDown');
				await expectStop(page, t, n);
				const m = await page.evaluate(() => {
					const q = document.querySelector('.quote') as HTMLElement;
					const panel = document.querySelector('.panel') as HTMLElement;
					return {
						size: parseFloat(getComputedStyle(q).fontSize),
						overflow: panel.scrollHeight - panel.clientHeight
					};
				});
				expect(m.size, `${t.id} stop ${n}`).toBeGreaterThanOrEqual(28);
				expect(m.overflow, `${t.id} stop ${n} overflows its panel`).toBeLessThanOrEqual(0);
			}
		}
		expect(w.problems).toEqual([]);
	});

	test('cites the quoted document in the reader’s language; the quote stays marked as Chinese', async ({
		page
	}) => {
		const w = watch(page);
		const t = tour('sanqu-sanzhou');
		const ref = t.stops[0].passage;
		const doc = JSON.parse(readFileSync(`src/content/documents/${ref.doc}.json`, 'utf8')) as {
			title: string;
			title_en: string;
			date: string;
		};
		const n = ref.paragraph.slice(1);
		await open(page, '/present/sanqu-sanzhou/1');
		await expect(page.getByTestId('source')).toHaveText(`——《${doc.title}》，${doc.date}（讲话，第${n}段）`);
		await expect(page.locator('.quote')).toHaveAttribute('lang', 'zh-Hans');
		// L switches the language as a presenter would; a link with ?lang=en opens in English.
		await page.keyboard.press('l');
		await expect(page.getByTestId('source')).toHaveText(
			`— ${doc.title_en}, ${doc.date} (speech, paragraph ${n})`
		);
		await expect(page.getByTestId('source').locator('cite')).toHaveAttribute('lang', 'en');
		await expect(page.locator('.quote')).toHaveAttribute('lang', 'zh-Hans');
		await open(page, '/present/sanqu-sanzhou/1?lang=en');
		await expect(page.getByTestId('source')).toContainText(doc.title_en);
		expect(w.problems).toEqual([]);
	});

	test('presents one place of the explore page: /present/place?id=', async ({ page }) => {
		const w = watch(page);
		await open(page, '/present/place?id=liangshan');
		await waitForMapIdle(page);
		const index = (await (await page.request.get('/data/index.json')).json()) as {
			passages: { text: string }[];
			places: Record<string, { direct: { passage: number }[] }>;
		};
		const first = index.passages[index.places.liangshan.direct[0].passage].text;
		await expect(page.getByTestId('progress')).toHaveText(/^1 \/ \d+$/);
		expect(await page.getByTestId('quote-text').textContent()).toBe(first);
		await expect.poll(() => highlighted(page)).toBeGreaterThan(0);
		await page.keyboard.press('PageDown');
		await expect(page).toHaveURL(/\/present\/place\?id=liangshan&stop=2$/);
		await page.goto('/present/place?id=no-such-place');
		await expect(page.getByRole('alert')).toContainText('no-such-place');
		expect(w.problems).toEqual([]);
	});

	test('screenshots at 1920×1080 and 390×844', async ({ page }) => {
		const w = watch(page);
		for (const [name, size, url] of [
			['present-1920-symposia-2', { width: 1920, height: 1080 }, '/present/symposia/2'],
			['present-1920-contiguous-9', { width: 1920, height: 1080 }, '/present/contiguous-areas/9'],
			['present-1920-final-5', { width: 1920, height: 1080 }, '/present/final-battle-2020/5'],
			['present-390-sanqu-5', { width: 390, height: 844 }, '/present/sanqu-sanzhou/5'],
			['present-1920-place-liangshan', { width: 1920, height: 1080 }, '/present/place?id=liangshan']
		] as const) {
			await page.setViewportSize(size);
			await page.goto(url);
			await waitForMapIdle(page);
			await expect.poll(() => highlighted(page)).toBeGreaterThan(0);
			await page.waitForTimeout(400);
			await page.screenshot({ path: `test-results/${name}.png` });
		}
		await page.goto('/present');
		await expect(page.getByRole('link')).toHaveCount(tours.length + 1);
		expect(w.problems).toEqual([]);
	});
});
