/**
 * `npm run bench` — time to the first complete map render of (a) our home page, (b) a bare MapLibre
 * page drawing the same china.topo.json, (c) an Apache ECharts page drawing the same provinces; and
 * the gzip size of what the home page loads for its first render. See scripts/bench/README-bench.md.
 *
 *   npm run bench -- [--runs 7] [--warmup 1] [--no-build] [--verbose] [--no-sw] [--only home,maplibre,echarts]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';
import { serveStatic, benchPort } from './serve';
import { launchChromium } from './chromium';
import { INSTRUMENT } from './instrument';
import { buildPages } from './pages-build';
import { buildSite, requireBuiltSite } from './build-site';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES_SRC = join(ROOT, 'scripts/bench/pages');
const OUT = join(ROOT, 'bench-results');
const PAGES_OUT = join(OUT, 'pages');
const SITE = join(ROOT, 'build');
const GZIP_LEVEL = 9;
const VIEWPORT = { width: 1920, height: 1080 };
const TIMEOUT = 120_000;

const { values: opts } = parseArgs({
	options: {
		runs: { type: 'string', default: '7' },
		warmup: { type: 'string', default: '1' },
		'no-build': { type: 'boolean', default: false },
		verbose: { type: 'boolean', default: false },
		/** Block service workers in the timed runs too (they are always blocked when weighing). */
		'no-sw': { type: 'boolean', default: false },
		/** Comma-separated subset of home,maplibre,echarts (ratios need all three). */
		only: { type: 'string', default: 'home,maplibre,echarts' }
	}
});
const RUNS = Math.max(1, Number(opts.runs) || 7);
const WARMUP = Math.max(0, Number(opts.warmup) || 0);

// ---------------------------------------------------------------------------------------------- build

// ------------------------------------------------------------------------------------------ measure

/** Uncaught page errors seen during the runs (printed at the end). */
const PAGE_ERRORS = new Set<string>();

type PageId = 'home' | 'maplibre' | 'echarts';
interface Sample {
	renderedAt: number;
	/** Home page: main map and inset both complete. */
	allAt?: number;
	marks: Record<string, number>;
	resources: { name: string; startTime: number; responseEnd: number }[];
}

const PAGES: Record<PageId, { label: string; path: string }> = {
	home: { label: '(a) home page', path: '/' },
	maplibre: { label: '(b) bare MapLibre', path: '/bench/maplibre/' },
	echarts: { label: '(c) ECharts', path: '/bench/echarts/' }
};

async function measure(
	browser: Browser,
	origin: string,
	id: PageId,
	query: string,
	onResponse?: (r: Response) => void
): Promise<Sample> {
	// A fresh context per run: empty HTTP cache, no service worker installed yet, no storage; a first visit.
	const context = await browser.newContext({
		viewport: VIEWPORT,
		deviceScaleFactor: 1,
		serviceWorkers: onResponse || opts['no-sw'] ? 'block' : 'allow'
	});
	const foreign: string[] = [];
	context.on('request', (r) => {
		const u = r.url();
		if (!u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')) foreign.push(u);
	});
	if (onResponse) context.on('response', onResponse);
	const errors: string[] = [];
	try {
		await context.addInitScript(INSTRUMENT);
		const page = await context.newPage();
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(origin + PAGES[id].path + (id === 'home' ? '' : query), { timeout: TIMEOUT });
		await page.waitForFunction(
			() => (window as { __renderedAt?: number }).__renderedAt !== undefined,
			undefined,
			{
				timeout: TIMEOUT
			}
		);
		let allAt: number | undefined;
		if (id === 'home') {
			await page
				.waitForFunction(
					() => (window as { __bench?: { inset?: number } }).__bench?.inset !== undefined,
					undefined,
					{
						timeout: 30_000
					}
				)
				.catch(() => undefined);
		}
		const got = await page.evaluate(() => {
			const w = window as unknown as { __renderedAt: number; __bench: Record<string, number> };
			return {
				renderedAt: w.__renderedAt,
				marks: { ...w.__bench },
				resources: performance.getEntriesByType('resource').map((e) => ({
					name: e.name,
					startTime: e.startTime,
					responseEnd: (e as PerformanceResourceTiming).responseEnd
				}))
			};
		});
		if (id === 'home' && got.marks.inset !== undefined) allAt = Math.max(got.renderedAt, got.marks.inset);
		if (foreign.length) throw new Error(`${id}: requests to other origins: ${foreign.join(', ')}`);
		// The app's own errors are the tests' business: report them, but still time the render.
		for (const e of errors) PAGE_ERRORS.add(`${id}: ${e}`);
		return { ...got, allAt };
	} finally {
		await context.close();
	}
}

// -------------------------------------------------------------------------------------------- sizes

interface FileSize {
	url: string;
	raw: number;
	gzip: number;
	/** gzip bytes counted as MapLibre's own (whole file, or the reference share of a mixed file). */
	maplibre: number;
	kind: 'maplibre' | 'mixed' | 'app';
}

const gz = (b: Buffer) => gzipSync(b, { level: GZIP_LEVEL }).length;

/** MapLibre alone, as Vite builds it: the isolated chunk and the CSS of the bare page. */
function maplibreReference(): { js: number; css: number; jsRaw: number; cssRaw: number } {
	const dir = join(PAGES_OUT, 'assets');
	const files = readdirSync(dir);
	const jsFile = files.find((f) => f.startsWith('maplibre-gl') && f.endsWith('.js') && !f.includes('worker'));
	const cssFile = files.find((f) => f.startsWith('maplibre') && f.endsWith('.css'));
	if (!jsFile || !cssFile) throw new Error(`no MapLibre reference chunk in ${dir}: ${files.join(', ')}`);
	const js = readFileSync(join(dir, jsFile));
	const css = readFileSync(join(dir, cssFile));
	return { js: gz(js), css: gz(css), jsRaw: js.length, cssRaw: css.length };
}

/**
 * Sorts one response into MapLibre's own files or the rest. The worker is MapLibre's alone; a JS
 * chunk or stylesheet that contains MapLibre *and* our code (Vite merges them) is split by counting
 * the gzip size of MapLibre alone (same Vite build of the bare page) as MapLibre's and the excess as ours.
 */
function classify(url: string, body: Buffer, ref: ReturnType<typeof maplibreReference>): FileSize {
	const size = { url, raw: body.length, gzip: gz(body) };
	const path = new URL(url).pathname;
	const text = /\.(m?js|css)$/.test(path) ? body.toString('utf8') : '';
	if (
		/maplibre-gl-worker/.test(path) ||
		(/\.m?js$/.test(path) && text.includes('MapLibre GL JS') && text.includes('self.onmessage'))
	)
		return { ...size, maplibre: size.gzip, kind: 'maplibre' };
	if (/\.m?js$/.test(path) && text.includes('maplibregl-canvas-container')) {
		const share = Math.min(size.gzip, ref.js);
		return { ...size, maplibre: share, kind: share === size.gzip ? 'maplibre' : 'mixed' };
	}
	if (path.endsWith('.css') && text.includes('.maplibregl-map')) {
		const share = Math.min(size.gzip, ref.css);
		return { ...size, maplibre: share, kind: share === size.gzip ? 'maplibre' : 'mixed' };
	}
	return { ...size, maplibre: 0, kind: 'app' };
}

/**
 * One extra load of the home page that keeps every response body; counts those started before the
 * first complete render. Service workers are blocked here: their precache is not needed to render.
 */
async function homeSizes(browser: Browser, origin: string) {
	const bodies = new Map<string, Promise<Buffer | null>>();
	const sample = await measure(browser, origin, 'home', '', (r) => {
		if (r.status() === 200 && !bodies.has(r.url()))
			bodies.set(
				r.url(),
				r.body().catch(() => null)
			);
	});
	const started = new Map(sample.resources.map((e) => [e.name, e.startTime]));
	const ref = maplibreReference();
	const files: FileSize[] = [];
	const later: string[] = [];
	for (const [url, p] of bodies) {
		const body = await p;
		if (!body) continue;
		const start = started.get(url);
		// The document and the worker script have no resource-timing entry in the page: they are needed for the render.
		if (/counties\.topo/.test(url) || (start !== undefined && start > sample.renderedAt)) {
			later.push(url);
			continue;
		}
		files.push(classify(url, body, ref));
	}
	files.sort((a, b) => b.gzip - a.gzip);
	const sum = (f: (x: FileSize) => number) => files.reduce((s, x) => s + f(x), 0);
	return {
		files,
		later,
		reference: ref,
		totals: {
			gzip: sum((f) => f.gzip),
			raw: sum((f) => f.raw),
			maplibre: sum((f) => f.maplibre),
			rest: sum((f) => f.gzip - f.maplibre)
		}
	};
}

// ------------------------------------------------------------------------------------------- report

function stats(xs: number[]) {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
	return { median, min: s[0], max: s[s.length - 1], runs: s.length };
}

const ms = (x: number) => `${Math.round(x)} ms`.padStart(9);
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`.padStart(10);

async function main(): Promise<void> {
	if (!opts['no-build']) buildSite(ROOT);
	requireBuiltSite(SITE);
	await buildPages(PAGES_SRC, PAGES_OUT);
	mkdirSync(OUT, { recursive: true });

	const server = await serveStatic({ '/': SITE, '/bench/': PAGES_OUT }, benchPort(0));
	const browser = await launchChromium();
	try {
		// The comparison pages draw into a box the size of the home page's map.
		const probe = await browser.newContext({ viewport: VIEWPORT });
		const page = await probe.newPage();
		await page.goto(server.origin + '/');
		const box = await page.locator('[data-testid="map"]').boundingBox({ timeout: TIMEOUT });
		await probe.close();
		const query = box ? `?w=${Math.round(box.width)}&h=${Math.round(box.height)}` : '';

		const ids = (['home', 'maplibre', 'echarts'] as const).filter((id) => opts.only.split(',').includes(id));
		if (!ids.includes('home')) throw new Error('--only must include home');
		const samples: Record<PageId, Sample[]> = { home: [], maplibre: [], echarts: [] };
		console.log(
			`Measuring: ${WARMUP} warm-up + ${RUNS} runs per page, ${VIEWPORT.width}×${VIEWPORT.height}, map ${query || 'full window'}…`
		);
		for (let run = -WARMUP; run < RUNS; run++) {
			// Rotate the order so that no page always runs first or last.
			const order = ids.map((_, i) => ids[(i + Math.max(run, 0)) % ids.length]);
			for (const id of order) {
				const s = await measure(browser, server.origin, id, query);
				if (run >= 0) samples[id].push(s);
			}
			if (run >= 0) process.stdout.write(`  run ${run + 1}/${RUNS}\r`);
		}
		const sizes = await homeSizes(browser, server.origin);

		const t = {
			home: stats(samples.home.map((s) => s.renderedAt)),
			homeWithInset: stats(samples.home.map((s) => s.allAt ?? s.renderedAt)),
			maplibre: stats(samples.maplibre.map((s) => s.renderedAt)),
			echarts: stats(samples.echarts.map((s) => s.renderedAt))
		};
		const markMedians = (id: PageId) => {
			const keys = new Set(samples[id].flatMap((s) => Object.keys(s.marks)));
			return Object.fromEntries(
				[...keys].map((k) => [
					k,
					stats(samples[id].map((s) => s.marks[k]).filter((x) => x !== undefined)).median
				])
			);
		};
		const ratios = { ab: t.home.median / t.maplibre.median, ac: t.home.median / t.echarts.median };
		const machine = {
			cpu: cpus()[0]?.model.trim() ?? 'unknown',
			cores: cpus().length,
			memoryGB: Math.round(totalmem() / 2 ** 30),
			node: process.version,
			chromium: browser.version(),
			gl: 'SwiftShader (software)',
			/** 1-minute load average at the end: other work on the machine skews the times. */
			loadAverage: Number(loadavg()[0].toFixed(1))
		};

		console.log(
			`\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; Node ${machine.node}; Chromium ${machine.chromium} (${machine.gl}); load average ${machine.loadAverage}`
		);
		console.log(
			`Time from navigation start to first complete map render (${RUNS} runs, fresh context each):\n`
		);
		console.log(`  ${'page'.padEnd(34)}${'median'.padStart(9)}${'min'.padStart(9)}${'max'.padStart(9)}`);
		const row = (label: string, s: ReturnType<typeof stats>) =>
			s.runs > 0 && console.log(`  ${label.padEnd(34)}${ms(s.median)}${ms(s.min)}${ms(s.max)}`);
		row('(a) home page (main map idle)', t.home);
		row('    home page incl. 南海诸岛 inset', t.homeWithInset);
		row('(b) bare MapLibre', t.maplibre);
		row('(c) ECharts', t.echarts);
		console.log(`\n  a/b = ${ratios.ab.toFixed(2)} (aim ≤ 1.3)    a/c = ${ratios.ac.toFixed(2)}`);
		const fmtMarks = (m: Record<string, number>) =>
			Object.entries(m)
				.sort((a, b) => a[1] - b[1])
				.map(([k, v]) => `${k} ${Math.round(v)}`)
				.join(', ');
		console.log(
			`  medians (ms): home: ${fmtMarks(markMedians('home'))}; bare: ${fmtMarks(markMedians('maplibre'))}`
		);

		console.log(
			`\nHome page, first render: ${sizes.files.length} responses, gzip level ${GZIP_LEVEL} (zlib):`
		);
		console.log(`  MapLibre's own files  ${kb(sizes.totals.maplibre)}`);
		console.log(`  everything else       ${kb(sizes.totals.rest)}   (aim ≤ 250 KB)`);
		console.log(
			`  total                 ${kb(sizes.totals.gzip)}   (${kb(sizes.totals.raw).trim()} uncompressed)`
		);
		if (opts.verbose) {
			console.log(
				`\n  ${'gzip'.padStart(10)}${'raw'.padStart(10)}  ${'MapLibre'.padStart(10)}  kind      file`
			);
			for (const f of sizes.files)
				console.log(
					`  ${kb(f.gzip)}${kb(f.raw)}  ${kb(f.maplibre)}  ${f.kind.padEnd(8)}  ${new URL(f.url).pathname}`
				);
			console.log(
				`  MapLibre reference (bare page build): JS ${kb(sizes.reference.js).trim()}, CSS ${kb(sizes.reference.css).trim()} gzip`
			);
			if (sizes.later.length)
				console.log(
					`  loaded after the first render (not counted): ${sizes.later.map((u) => new URL(u).pathname).join(', ')}`
				);
		}

		const json = {
			date: new Date().toISOString(),
			machine,
			viewport: VIEWPORT,
			mapBox: box,
			runs: RUNS,
			warmup: WARMUP,
			timesMs: t,
			ratios,
			marksMedianMs: { home: markMedians('home'), maplibre: markMedians('maplibre') },
			samples,
			pageErrors: [...PAGE_ERRORS],
			sizes: { gzipLevel: GZIP_LEVEL, ...sizes }
		};
		if (PAGE_ERRORS.size)
			console.warn(`\nPage errors seen (not the bench's): ${[...PAGE_ERRORS].join('; ')}`);
		writeFileSync(join(OUT, 'map.json'), JSON.stringify(json, null, '\t') + '\n');
		console.log(`\nWrote ${join('bench-results', 'map.json')}`);
	} finally {
		await browser.close();
		await server.close();
	}
}

main().catch((e: unknown) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
