/**
 * Issue 10 §5 on the built site: source lines cite the publication, never the working seed file;
 * the new open-data files are served and usable; the map's symposium markers are the gazetteer's
 * sites (§3: one owner of the coordinates).
 */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { waitForMapIdle } from './util';

/** Every built file a reader or a script can fetch as text (pages and public data). */
function builtFiles(dir = 'build'): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return builtFiles(path);
		return /\.(html|json|geojson|csv)$/.test(name) ? [path] : [];
	});
}

const seeds = readdirSync('src/content/speeches')
	.filter((f) => f.endsWith('.meta.json'))
	.map((f) => (JSON.parse(readFileSync(join('src/content/speeches', f), 'utf8')) as { seed?: string }).seed)
	.filter((s): s is string => !!s);
/** The shape of the working file names (000_5514ebeee07884c1.txt). */
const SEED_NAME = /\b\d{3}_[0-9a-f]{16}\.txt\b|seed file/;

test.describe('open data and source lines', () => {
	test('no built page or public file names the seed files', () => {
		expect(seeds.length).toBeGreaterThan(0);
		const files = builtFiles();
		expect(files.length).toBeGreaterThan(200);
		const leaks = files.filter((f) => {
			const text = readFileSync(f, 'utf8');
			return seeds.some((s) => text.includes(s)) || SEED_NAME.test(text);
		});
		expect(leaks).toEqual([]);
	});

	test('a reader sees the publication as the source, on /read, /place and in the speech JSON', async ({
		page,
		request
	}) => {
		await page.goto('./read/2017-06-23-taiyuan');
		await expect(page.locator('body')).toContainText('新华社北京2017年8月31日电');
		await page.goto('./place/yanan');
		await expect(page.locator('footer')).toContainText('新华社北京');
		await expect(page.locator('body')).not.toContainText('seed');
		const doc = (await (await request.get('./data/speeches/2020-03-06-beijing.json')).json()) as {
			source: string;
		};
		expect(doc.source).toMatch(/^新华社北京2020年3月6日电/);
	});

	test('regions.geojson and places.lpf.json are served and hold the regions and places', async ({
		request
	}) => {
		const r = await request.get('./data/regions.geojson');
		expect(r.ok()).toBe(true);
		const regions = (await r.json()) as {
			features: {
				id: string;
				geometry: { type: string };
				properties: { member_count: number; partial: boolean };
			}[];
		};
		const c832 = regions.features.find((f) => f.id === 'counties_832')!;
		expect(c832.geometry.type).toBe('MultiPolygon');
		expect(c832.properties).toMatchObject({ member_count: 831, partial: false });
		expect((await r.body()).length).toBeLessThan(800_000);

		const l = await request.get('./data/places.lpf.json');
		expect(l.ok()).toBe(true);
		const lpf = (await l.json()) as { '@context': string; features: { '@id': string }[] };
		expect(lpf['@context']).toContain('linkedplaces-context');
		// Each @id is the place's own page, relative to the file: it must resolve on this host.
		const id = lpf.features.find((f) => f['@id'].endsWith('/yanan'))!['@id'];
		const page = await request.get(new URL(id, l.url()).href);
		expect(page.ok()).toBe(true);
	});

	test('the map draws the symposium markers at the gazetteer sites', async ({ page }) => {
		// Software WebGL on a shared machine: the first idle alone can take most of a minute.
		test.setTimeout(120_000);
		const events = JSON.parse(readFileSync('geodata/gazetteer/events.json', 'utf8')) as {
			kind: string;
			date: string;
			site?: { coord: [number, number] };
		}[];
		const sites = events
			.filter((e) => e.kind === 'symposium')
			.sort((a, b) => a.date.localeCompare(b.date))
			.map((e) => e.site!.coord);
		await page.goto('./?layers=symposia');
		await waitForMapIdle(page);
		// Rendered coordinates come back from vector tiles (quantized): within 0.01° (≈1 km). Polled,
		// since the overlay data may be set just after the first idle on a loaded machine.
		const missing = async () => {
			const drawn = await page.evaluate(() => {
				const el = document.querySelector('[data-testid="map"]') as HTMLElement & {
					__map: {
						queryRenderedFeatures(o: object): { geometry: { coordinates: [number, number] } }[];
					};
				};
				return el.__map
					.queryRenderedFeatures({ layers: ['symposia-circle'] })
					.map((f) => f.geometry.coordinates);
			});
			return sites.filter(
				([lon, lat]) => !drawn.some(([x, y]) => Math.abs(x - lon) < 0.01 && Math.abs(y - lat) < 0.01)
			);
		};
		await expect.poll(missing, { timeout: 30_000 }).toEqual([]);
	});
});
