/**
 * `npm run bench:ui` (issue 4 §7) — in headless Chromium against the built site: the time from a
 * click on a place to its popup showing passages, over the 20 most-mentioned places, and from a search
 * keystroke to its results. A script, not a test.
 *
 *   npm run bench:ui -- [--runs 3] [--no-build] [--only click|search]
 *
 * BENCH_DEBUG=1 logs every step. Every keystroke is timed to the moment the listbox shows the results
 * of the text typed so far (its data-query), also when they equal the previous keystroke's.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import type { Atlas, AtlasPlace } from '../../src/lib/explore/types';
import type { PassageIndex } from '../../src/lib/corpus/types';
import { serveStatic, benchPort } from './serve';
import { launchChromium, machineInfo } from './chromium';
import { INTERACTIVE_LAYERS } from '../../src/lib/explore/layers';
import { buildSite, requireBuiltSite } from './build-site';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SITE = join(ROOT, 'build');
const OUT = join(ROOT, 'bench-results');
const VIEWPORT = { width: 1920, height: 1080 };
const TIMEOUT = 120_000;
const TOP = 20;
const CHINA_VIEW = '104,35.5,3.9';

const { values: opts } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		'no-build': { type: 'boolean', default: false },
		only: { type: 'string', default: 'click,search' }
	}
});
const ONLY = new Set(opts.only.split(','));
const dbg = (m: string) => process.env.BENCH_DEBUG && console.error(`${new Date().toISOString()} ${m}`);
const RUNS = Math.max(1, Number(opts.runs) || 3);

/** How a place can be clicked on the map: the only overlay layer left on, and the zoom to click at. */
interface ClickPlan {
	layers: string;
	zoom: number;
}
function clickPlan(p: AtlasPlace, sanquParts: Set<string>): ClickPlan | null {
	// Below zoom 6.5 the invisible county hit layer is off, so a click finds only the one layer.
	if (p.kind === 'province') return { layers: '', zoom: 4.5 };
	if (p.kind === 'prefecture' || p.kind === 'county') return { layers: 'named', zoom: 6 };
	if (p.kind === 'poverty-area') return { layers: 'areas', zoom: 4.5 };
	if (p.kind === 'village' || p.kind === 'township') return { layers: 'villages', zoom: 6 };
	if (sanquParts.has(p.id)) return { layers: 'sanqu', zoom: 4.5 };
	return null;
}

const stats = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	if (!s.length) return { n: 0, median: NaN, p90: NaN, max: NaN };
	const mid = s.length >> 1;
	const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
	return { n: s.length, median, p90: s[Math.ceil(0.9 * s.length) - 1], max: s[s.length - 1] };
};

// ------------------------------------------------------------------------------- in-page helpers

/** Installed before the page's scripts: input timestamps and a watcher for the popup / the results. */
const INSTRUMENT = `(() => {
	// tsx (esbuild keepNames) wraps named functions in the evaluated callbacks with __name.
	window.__name = window.__name || ((f) => f);
	const ui = (window.__ui = { t0: null, result: null });
	const start = (e) => { if (ui.armed && ui.t0 === null) ui.t0 = e.timeStamp; };
	for (const type of ['mousedown', 'keydown', 'beforeinput', 'input']) document.addEventListener(type, start, true);
	// Only a change after the armed input counts; t0 is captured, so a later re-arm cannot skew it.
	const done = (extra) => {
		if (!ui.armed || ui.t0 === null) return;
		const dom = performance.now();
		const t0 = ui.t0;
		ui.disarm();
		requestAnimationFrame(() => { ui.result = { dom: dom - t0, frame: performance.now() - t0, ...extra }; });
	};
	/** Stops watching (also after a keystroke that changed nothing), so no observer outlives its arming. */
	ui.disarm = () => {
		ui.armed = false;
		if (ui.observer) ui.observer.disconnect();
		ui.observer = null;
	};
	/** Waits for the details of place "id" with at least one passage; notes a choice list on the way. */
	ui.armPlace = (id) => {
		ui.disarm();
		ui.t0 = null; ui.result = null; ui.choice = false; ui.armed = true;
		const check = () => {
			const d = document.querySelector('[data-testid="place-details"][data-place="' + id + '"]');
			if (d && d.querySelector('[data-testid="passage"]')) return done({ choice: ui.choice });
			if (document.querySelector('[data-testid="choices"]')) ui.choice = true;
		};
		ui.observer = new MutationObserver(check);
		ui.observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
	};
	/**
	 * Waits for the results of "query" to be in the DOM: the listbox's data-query, which the search
	 * component writes in the same update as the options, names it (so a keystroke whose results equal
	 * the previous ones is timed too, instead of waited out).
	 */
	ui.armSearch = (query) => {
		ui.disarm();
		ui.t0 = null; ui.result = null; ui.armed = true;
		const box = document.getElementById('search-input').parentElement;
		ui.observer = new MutationObserver(() => {
			const list = document.getElementById('search-results');
			if (list && list.dataset.query === query) done({});
		});
		ui.observer.observe(box, { subtree: true, childList: true, characterData: true, attributes: true });
	};
})();`;

type Win = Window & {
	__ui: {
		armPlace(id: string): void;
		armSearch(query: string): void;
		disarm(): void;
		result: { dom: number; frame: number; choice?: boolean } | null;
		armed: boolean;
	};
};
type MapEl = HTMLElement & { __map: import('maplibre-gl').Map };

/** Resolves once the map has rendered everything pending. */
async function mapIdle(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((res) => {
				const map = document.querySelector<MapEl>('[data-testid="map"]')!.__map;
				const t = setTimeout(res, 10_000);
				map.once('idle', () => (clearTimeout(t), res()));
				map.triggerRepaint();
			})
	);
}

/**
 * A pixel of the map canvas (page coordinates) where a click finds exactly this place and nothing
 * more specific, as the app decides (province fill only when nothing else is there); the one nearest
 * the place's point, else nearest the middle of its pixels. Null when there is none.
 */
async function clickPixel(page: Page, key: string, point: [number, number] | undefined) {
	return page.evaluate(
		({ key, point, interactive }) => {
			const el = document.querySelector<MapEl>('[data-testid="map"]')!;
			const map = el.__map;
			const canvas = map.getCanvas();
			const rect = canvas.getBoundingClientRect();
			const layers = interactive.filter(
				(l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none'
			);
			const hits: [number, number][] = [];
			for (let y = 4; y < rect.height - 4; y += 12)
				for (let x = 4; x < rect.width - 4; x += 12) {
					if (document.elementFromPoint(rect.left + x, rect.top + y) !== canvas) continue;
					const keys = new Set<string>();
					let province = '';
					for (const f of map.queryRenderedFeatures([x, y], { layers })) {
						const p = f.properties as Record<string, unknown>;
						if (f.layer.id === 'province-fill') province = 'prov:' + String(f.id);
						else if (typeof p.place === 'string' && p.place) keys.add(p.place);
						else if (typeof p.code === 'string') keys.add(p.code);
					}
					const list = keys.size ? [...keys] : province ? [province] : [];
					if (list.length === 1 && list[0] === key) hits.push([x, y]);
				}
			if (!hits.length) return null;
			const target = point
				? (() => {
						const p = map.project(point);
						return [p.x, p.y];
					})()
				: [
						hits.reduce((s, h) => s + h[0], 0) / hits.length,
						hits.reduce((s, h) => s + h[1], 0) / hits.length
					];
			let best = hits[0];
			const d = (h: [number, number]) => (h[0] - target[0]) ** 2 + (h[1] - target[1]) ** 2;
			for (const h of hits) if (d(h) < d(best)) best = h;
			return { x: rect.left + best[0], y: rect.top + best[1], pixels: hits.length };
		},
		{ key, point, interactive: INTERACTIVE_LAYERS }
	);
}

async function waitResult(page: Page, ms = 15_000) {
	await page.waitForFunction(() => (window as unknown as Win).__ui.result !== null, undefined, {
		timeout: ms
	});
	return page.evaluate(() => (window as unknown as Win).__ui.result!);
}

async function closeDetails(page: Page): Promise<void> {
	// A DOM click on the popup's close button (×): the popup is not what is timed.
	await page.evaluate(() =>
		document.querySelector<HTMLButtonElement>('[data-testid="place-details"] button.close')?.click()
	);
	dbg('close clicked');
	await page.waitForFunction(() => !document.querySelector('[data-testid="place-details"]'), undefined, {
		timeout: 15_000
	});
	await mapIdle(page);
	dbg('closed');
}

async function openExplore(page: Page, origin: string, query: string): Promise<void> {
	await page.goto(`${origin}/${query}`, { timeout: TIMEOUT });
	await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: TIMEOUT });
	await page.waitForSelector('[data-testid="place-list"]', { timeout: TIMEOUT });
	await page
		.waitForFunction(
			() => !!document.querySelector('[data-testid="map"]')?.getAttribute('data-counties'),
			undefined,
			{
				timeout: TIMEOUT
			}
		)
		.catch(() => undefined);
	await mapIdle(page);
}

// ------------------------------------------------------------------------------------------- main

interface PlaceResult {
	id: string;
	name: string;
	kind: string;
	mentions: number;
	method: 'map click' | 'list button' | 'search option';
	/** Visible overlay layers during the click ('' = none: the province fill alone). */
	layers?: string;
	zoom?: number;
	choice: boolean;
	clickMs: number[];
	frameMs: number[];
	search: { query: string; keystrokeMs: number[]; missed: number }[];
}

async function main(): Promise<void> {
	if (!opts['no-build']) {
		buildSite(ROOT);
	}
	requireBuiltSite(SITE);
	const atlas = JSON.parse(readFileSync(join(SITE, 'data/atlas.json'), 'utf8')) as Atlas;
	const index = JSON.parse(readFileSync(join(SITE, 'data/index.json'), 'utf8')) as PassageIndex;
	const byId = new Map(atlas.places.map((p) => [p.id, p]));
	const sanquParts = new Set(
		atlas.places.find((p) => p.kind === 'sanqu-sanzhou' && p.parts?.length)?.parts ?? []
	);
	// The 20 places named most often (direct references); broad words (东西部, 中国…) have no shape to click.
	const top = Object.entries(index.places)
		.map(([id, e]) => ({ place: byId.get(id), mentions: e.direct.length }))
		.filter((x): x is { place: AtlasPlace; mentions: number } => !!x.place && x.place.kind !== 'broad')
		.sort((a, b) => b.mentions - a.mentions || a.place.id.localeCompare(b.place.id))
		.slice(0, TOP);

	mkdirSync(OUT, { recursive: true });
	const server = await serveStatic({ '/': SITE }, benchPort(2));
	const browser = await launchChromium();
	const pageErrors = new Set<string>();
	const results: PlaceResult[] = top.map(({ place, mentions }) => ({
		id: place.id,
		name: place.name_zh,
		kind: place.kind,
		mentions,
		method: clickPlan(place, sanquParts) ? 'map click' : 'list button',
		layers: clickPlan(place, sanquParts)?.layers,
		zoom: clickPlan(place, sanquParts)?.zoom,
		choice: false,
		clickMs: [],
		frameMs: [],
		search: []
	}));
	try {
		const context = await browser.newContext({
			viewport: VIEWPORT,
			deviceScaleFactor: 1,
			serviceWorkers: 'block'
		});
		context.on('request', (r) => {
			const u = r.url();
			if (!u.startsWith(server.origin) && !/^(blob|data):/.test(u))
				throw new Error(`request to another origin: ${u}`);
		});
		await context.addInitScript(INSTRUMENT);
		const page = await context.newPage();
		page.on('pageerror', (e) => pageErrors.add(e.message));

		// (1) Clicks: one page load per layer set; the list buttons from the whole-China view.
		const groups = new Map<string, PlaceResult[]>();
		for (const r of results) {
			const g = r.method === 'map click' ? `layers=${r.layers}` : 'list';
			groups.set(g, [...(groups.get(g) ?? []), r]);
		}
		for (const [group, rs] of ONLY.has('click') ? groups : new Map<string, PlaceResult[]>()) {
			console.log(`Clicks (${group}): ${rs.map((r) => r.name).join(' ')}`);
			await openExplore(
				page,
				server.origin,
				group === 'list' ? `?view=${CHINA_VIEW}` : `?${group}&view=${CHINA_VIEW}`
			);
			for (const r of rs) {
				const place = byId.get(r.id)!;
				for (let run = 0; run < RUNS; run++) {
					if (r.method === 'map click') {
						const center = place.point ?? [104, 35.5];
						await page.evaluate(
							({ center, zoom }) =>
								void document.querySelector<MapEl>('[data-testid="map"]')!.__map.jumpTo({ center, zoom }),
							{ center, zoom: place.point ? r.zoom! : 3.9 }
						);
						dbg('jumped');
						await mapIdle(page);
						dbg('idle');
						const key = place.kind === 'province' ? `prov:${place.codes?.[0]}` : r.id;
						const at = await clickPixel(page, key, place.point);
						dbg(`pixel ${JSON.stringify(at)}`);
						if (!at) {
							console.warn(`  ${r.id}: no pixel finds it alone; measured via the list instead`);
							r.method = 'list button';
						} else {
							await page.evaluate((id) => (window as unknown as Win).__ui.armPlace(id), r.id);
							await page.mouse.click(at.x, at.y);
						}
					}
					if (r.method !== 'map click') {
						await page.evaluate(
							(c) => void document.querySelector<MapEl>('[data-testid="map"]')!.__map.jumpTo(c),
							{ center: [104, 35.5] as [number, number], zoom: 3.9 }
						);
						await mapIdle(page);
						const inList = page
							.locator('[data-testid="place-list"] button')
							.filter({ has: page.locator('.name', { hasText: new RegExp(`^${place.name_zh}$`) }) })
							.first();
						// A place with no shape on the map (no members yet) is not listed: chosen from the search results.
						if (!(await inList.count())) r.method = 'search option';
						const button =
							r.method === 'search option'
								? page.getByRole('option').filter({ hasText: place.name_zh }).first()
								: inList;
						if (r.method === 'search option') {
							await page.getByRole('combobox', { name: '搜索' }).fill(place.name_zh);
							await button.waitFor();
						}
						await button.scrollIntoViewIfNeeded();
						const box = (await button.boundingBox())!;
						await page.evaluate((id) => (window as unknown as Win).__ui.armPlace(id), r.id);
						await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
					}
					// A choice list should not appear (the pixel is unambiguous); if it does, pick the place.
					await page
						.waitForFunction(
							() => {
								const w = window as unknown as Win;
								return w.__ui.result !== null || !!document.querySelector('[data-testid="choices"]');
							},
							undefined,
							{ timeout: 15_000 }
						)
						.catch(() => undefined);
					if (await page.locator('[data-testid="choices"]').count()) {
						r.choice = true;
						await page.locator('[data-testid="choices"] button', { hasText: place.name_zh }).first().click();
					}
					dbg('clicked');
					const res = await waitResult(page);
					dbg('result');
					r.clickMs.push(res.dom);
					r.frameMs.push(res.frame);
					await closeDetails(page);
				}
				console.log(
					`  ${r.name.padEnd(12, '　')} ${r.method.padEnd(12)} ${r.clickMs.map((x) => Math.round(x)).join(', ')} ms`
				);
			}
		}

		// (2) Search: the pinyin and the Chinese name of each place, one keystroke at a time.
		console.log('Search keystrokes…');
		await openExplore(page, server.origin, `?view=${CHINA_VIEW}`);
		const input = page.getByRole('combobox', { name: '搜索' });
		for (const r of ONLY.has('search') ? results : []) {
			const place = byId.get(r.id)!;
			for (const query of [place.pinyin, place.name_zh]) {
				const s = { query, keystrokeMs: [] as number[], missed: 0 };
				await input.fill('');
				await input.focus();
				let typed = '';
				for (const ch of query) {
					typed += ch;
					await page.evaluate((q) => (window as unknown as Win).__ui.armSearch(q), typed);
					if (/^[a-z0-9]$/i.test(ch)) await page.keyboard.press(ch);
					else await page.keyboard.insertText(ch);
					dbg(`key ${JSON.stringify(ch)} of ${query}`);
					try {
						s.keystrokeMs.push((await waitResult(page, 10_000)).dom);
						dbg(`  result ${s.keystrokeMs.at(-1)}`);
					} catch {
						// The results of this query never showed: counted (and reported), not timed.
						s.missed++;
						await page.evaluate(() => (window as unknown as Win).__ui.disarm());
					}
				}
				r.search.push(s);
			}
			const ms = r.search.map((s) => Math.round(stats(s.keystrokeMs).median));
			const missed = r.search.reduce((n, s) => n + s.missed, 0);
			console.log(
				`  ${r.name.padEnd(12, '　')} pinyin ${ms[0]} ms, 汉字 ${ms[1]} ms (medians)${missed ? `; ${missed} keystrokes without results` : ''}`
			);
		}
		await input.fill('');
		await context.close();

		// ------------------------------------------------------------------------------------ report
		const machine = machineInfo(browser);
		const f = (x: number) => (Number.isNaN(x) ? '–' : String(Math.round(x))).padStart(6);
		console.log(
			`\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; load average ${machine.loadAverage.join(' ')}; Node ${machine.node}; Chromium ${machine.chromium} (${machine.gl}); ${VIEWPORT.width}×${VIEWPORT.height}`
		);
		console.log(`\nms, medians per place (click: ${RUNS} runs; search: every keystroke)\n`);
		console.log(
			`  ${'place'.padEnd(22)}${'refs'.padStart(5)}  ${'selected by'.padEnd(22)}${'click'.padStart(6)}${'+frame'.padStart(7)}${'pinyin'.padStart(7)}${'汉字'.padStart(6)}`
		);
		for (const r of results) {
			const how =
				r.method === 'map click' ? `click, layers=${r.layers || '∅'}${r.choice ? ' +choice' : ''}` : r.method;
			console.log(
				`  ${`${r.id} ${r.name}`.slice(0, 20).padEnd(22)}${String(r.mentions).padStart(5)}  ${how.padEnd(22)}${f(stats(r.clickMs).median)} ${f(stats(r.frameMs).median)} ${f(stats(r.search[0]?.keystrokeMs ?? []).median)}${f(stats(r.search[1]?.keystrokeMs ?? []).median)}`
			);
		}
		const summary = {
			clickMapMs: stats(results.filter((r) => r.method === 'map click').flatMap((r) => r.clickMs)),
			clickListMs: stats(results.filter((r) => r.method === 'list button').flatMap((r) => r.clickMs)),
			clickSearchOptionMs: stats(
				results.filter((r) => r.method === 'search option').flatMap((r) => r.clickMs)
			),
			clickAllMs: stats(results.flatMap((r) => r.clickMs)),
			clickAllNextFrameMs: stats(results.flatMap((r) => r.frameMs)),
			searchPinyinMs: stats(results.flatMap((r) => r.search[0]?.keystrokeMs ?? [])),
			searchHanziMs: stats(results.flatMap((r) => r.search[1]?.keystrokeMs ?? [])),
			searchAllMs: stats(results.flatMap((r) => r.search.flatMap((s) => s.keystrokeMs))),
			searchMissed: results.reduce((n, r) => n + r.search.reduce((m, s) => m + s.missed, 0), 0)
		};
		console.log(
			`\n  ${''.padEnd(34)}${'n'.padStart(5)}${'median'.padStart(8)}${'p90'.padStart(7)}${'max'.padStart(7)}`
		);
		const aim = (s: ReturnType<typeof stats>) => (!s.n ? 'not run' : s.median <= 100 ? 'met' : 'MISSED');
		const row = (label: string, s: ReturnType<typeof stats>) =>
			console.log(`  ${label.padEnd(34)}${String(s.n).padStart(5)}  ${f(s.median)} ${f(s.p90)} ${f(s.max)}`);
		row('click → passages, map click', summary.clickMapMs);
		row('click → passages, list button', summary.clickListMs);
		row('click → passages, search option', summary.clickSearchOptionMs);
		row('click → passages, all', summary.clickAllMs);
		row('  … to the next frame', summary.clickAllNextFrameMs);
		row('keystroke → results, pinyin', summary.searchPinyinMs);
		row('keystroke → results, 汉字', summary.searchHanziMs);
		row('keystroke → results, all', summary.searchAllMs);
		if (summary.searchMissed) console.warn(`  ${summary.searchMissed} keystrokes never showed their results`);
		console.log(
			`\n  aim ≤ 100 ms: click ${aim(summary.clickAllMs)}, search ${aim(summary.searchAllMs)} (medians)`
		);
		if (pageErrors.size) console.warn(`Page errors seen (the app's): ${[...pageErrors].join('; ')}`);
		writeFileSync(
			join(OUT, 'ui.json'),
			JSON.stringify(
				{
					date: new Date().toISOString(),
					machine,
					viewport: VIEWPORT,
					runs: RUNS,
					summary,
					places: results,
					pageErrors: [...pageErrors]
				},
				null,
				'\t'
			) + '\n'
		);
		console.log(`Wrote ${join('bench-results', 'ui.json')}`);
	} finally {
		await browser.close();
		await server.close();
	}
}

main().catch((e: unknown) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
