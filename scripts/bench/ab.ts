/**
 * `npm run bench:ab` — two builds of the site side by side: the home page of build A and of build B
 * timed in alternating runs (A B floor, then B A floor, …; a fresh browser context each), with the
 * bare MapLibre page (the floor of `npm run bench`) in every round as the reference. On a small shared
 * machine the time of one page drifts by ±10 % between runs of `npm run bench`; alternating the two
 * builds exposes both to the same drift, so a change of a few per cent shows in the paired
 * differences where two separate bench runs cannot tell it from noise.
 *
 *   npm run bench:ab -- --a <site folder> --b <site folder> [--runs 9] [--a-path /…] [--b-path /…]
 *
 * `--a-path` / `--b-path` (default `/`) open another page or link of each site: the same build
 * against itself with `/?layers=` (no overlays) prices what the overlays cost, for instance.
 * A folder is a built site (`build/`, or a copy of it from another commit). The floor page must have
 * been built by `npm run bench` (bench-results/pages). See scripts/bench/README-bench.md.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { serveStatic, benchPort } from './serve';
import { launchChromium, machineInfo } from './chromium';
import { INSTRUMENT } from './instrument';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = join(ROOT, 'bench-results/pages');
const VIEWPORT = { width: 1920, height: 1080 };
/** The floor at the home map's size (as `npm run bench` opens it). */
const FLOOR = '/bench/maplibre/?w=1568&h=1027';

const { values: opts } = parseArgs({
	options: {
		a: { type: 'string' },
		b: { type: 'string' },
		runs: { type: 'string', default: '9' },
		'a-path': { type: 'string', default: '/' },
		'b-path': { type: 'string', default: '/' }
	}
});

interface Run {
	at: number;
	marks: Record<string, number>;
}

async function time(browser: Browser, url: string): Promise<Run> {
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
	try {
		await context.addInitScript(INSTRUMENT);
		const page = await context.newPage();
		await page.goto(url, { timeout: 120_000 });
		await page.waitForFunction(
			() => (window as { __renderedAt?: number }).__renderedAt !== undefined,
			undefined,
			{
				timeout: 120_000
			}
		);
		return page.evaluate(() => {
			const w = window as unknown as { __renderedAt: number; __bench: Record<string, number> };
			return { at: w.__renderedAt, marks: { ...w.__bench } };
		});
	} finally {
		await context.close();
	}
}

const median = (xs: number[]) => {
	const s = [...xs].sort((x, y) => x - y);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x: number) => `${Math.round(x)} ms`;

async function main() {
	const [a, b] = [opts.a, opts.b].map((d) => (d ? resolve(d) : ''));
	if (!a || !b) throw new Error('usage: npm run bench:ab -- --a <site folder> --b <site folder> [--runs 9]');
	for (const d of [a, b])
		if (!existsSync(join(d, 'index.html'))) throw new Error(`${d}: no built site (index.html)`);
	if (!existsSync(PAGES))
		throw new Error('no floor page: run `npm run bench` once (it builds bench-results/pages)');
	const runs = Math.max(1, Number(opts.runs) || 9);
	const path = { A: opts['a-path'], B: opts['b-path'] };
	for (const p of Object.values(path))
		if (!p.startsWith('/')) throw new Error(`a path starts with '/' (got ${p})`);
	const servers = {
		A: await serveStatic({ '/': a, '/bench/': PAGES }, benchPort(0)),
		B: await serveStatic({ '/': b }, benchPort(1))
	};
	const browser = await launchChromium();
	const got: Record<'A' | 'B' | 'floor', Run[]> = { A: [], B: [], floor: [] };
	try {
		// One warm-up each (the system's file cache, the browser's first start).
		await time(browser, servers.A.origin + path.A);
		await time(browser, servers.B.origin + path.B);
		for (let i = 0; i < runs; i++) {
			process.stdout.write(`  round ${i + 1}/${runs}`);
			for (const k of i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const))
				got[k].push(await time(browser, servers[k].origin + path[k]));
			got.floor.push(await time(browser, servers.A.origin + FLOOR));
		}
		process.stdout.write('\n');
		const m = machineInfo(browser);
		console.log(
			`Machine: ${m.cpu}, ${m.cores} cores; Chromium ${m.chromium}; load average ${m.loadAverage[0]}`
		);
	} finally {
		await browser.close();
		await servers.A.close();
		await servers.B.close();
	}
	const [A, B, F] = [got.A, got.B, got.floor].map((r) => median(r.map((x) => x.at)));
	const paired = got.B.map((r, i) => r.at - got.A[i].at);
	const better = paired.filter((d) => d < 0).length;
	console.log(`\nHome page, first complete map render (median of ${runs}):`);
	console.log(`  A ${ms(A)}  (a/b ${(A / F).toFixed(2)})   ${a} ${path.A}`);
	console.log(`  B ${ms(B)}  (a/b ${(B / F).toFixed(2)})   ${b} ${path.B}`);
	console.log(`  floor (bare MapLibre) ${ms(F)}`);
	console.log(
		`  B − A: medians ${ms(B - A)}; paired differences median ${ms(median(paired))}, B faster in ${better} of ${runs} rounds`
	);
	for (const k of ['A', 'B'] as const) {
		const keys = Object.keys(got[k][0].marks);
		const marks = keys.map((key) => `${key} ${Math.round(median(got[k].map((r) => r.marks[key] ?? NaN)))}`);
		console.log(`  marks ${k}: ${marks.join(', ')}`);
	}
}

main().catch((e: unknown) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
