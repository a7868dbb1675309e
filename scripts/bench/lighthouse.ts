/**
 * `npm run bench:lighthouse` — Lighthouse (npm `lighthouse`, performance category) against the
 * built site served on 127.0.0.1, for the home page and the bare MapLibre page of `npm run bench`:
 * desktop preset (performance score, Total Blocking Time, Time to Interactive; accessibility and
 * best practices for the home page) and the default mobile preset (TBT, TTI), and the longest main-
 * thread task that Lighthouse attributes to the app's own code (not MapLibre's chunk or worker).
 *
 *   npm run bench:lighthouse -- [--no-build] [--runs 1] [--site other-build-dir]
 *
 * Chromium: CHROME_PATH, else /usr/bin/chromium; headless, no sandbox, software WebGL and the flags
 * a closed network needs (as in playwright.config.ts). See scripts/bench/README-bench.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic, benchPort } from './serve';
import { buildPages } from './pages-build';
import { buildSite, requireBuiltSite } from './build-site';
import { CHROMIUM_FLAGS } from '../chromium-flags';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const OUT = join(ROOT, 'bench-results');
const PAGES_SRC = join(ROOT, 'scripts/bench/pages');
const PAGES_OUT = join(OUT, 'pages');

const { values: opts } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		runs: { type: 'string', default: '1' },
		/** Another built site to measure (e.g. a copy of an earlier build), instead of build/. */
		site: { type: 'string' }
	}
});
const RUNS = Math.max(1, Number(opts.runs) || 1);
const SITE = opts.site ? resolve(opts.site) : join(ROOT, 'build');

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

interface Figures {
	score: number;
	tbt: number;
	tti: number;
	accessibility?: number;
	bestPractices?: number;
	/** Longest main-thread task attributed to the app's own code (ms), and where. */
	appLongTask: { ms: number; url: string } | null;
	longestTask: { ms: number; url: string } | null;
}

/** True for our own scripts; MapLibre's chunk (recognised by its content) and worker are not ours. */
function isAppScript(url: string, origin: string): boolean {
	if (!url.startsWith(origin)) return false;
	const path = new URL(url).pathname;
	if (!/\.m?js$/.test(path) || /maplibre-gl-worker/.test(path)) return false;
	const file = path.startsWith('/bench/') ? join(PAGES_OUT, path.slice(7)) : join(SITE, path);
	if (!existsSync(file)) return false;
	const text = readFileSync(file, 'utf8');
	return !text.includes('maplibregl-canvas-container') && !path.startsWith('/bench/');
}

function figures(lhr: Result, origin: string): Figures {
	const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
	const items = ((
		lhr.audits['long-tasks']?.details as { items?: { url: string; duration: number }[] } | undefined
	)?.items ?? []) as { url: string; duration: number }[];
	const longest = [...items].sort((a, b) => b.duration - a.duration);
	const app = longest.find((t) => isAppScript(t.url, origin));
	return {
		score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
		tbt: num('total-blocking-time'),
		tti: num('interactive'),
		accessibility:
			lhr.categories.accessibility && Math.round((lhr.categories.accessibility.score ?? 0) * 100),
		bestPractices:
			lhr.categories['best-practices'] && Math.round((lhr.categories['best-practices'].score ?? 0) * 100),
		appLongTask: app ? { ms: app.duration, url: app.url } : null,
		longestTask: longest[0] ? { ms: longest[0].duration, url: longest[0].url } : null
	};
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function main(): Promise<void> {
	if (!opts['no-build'] && !opts.site) {
		buildSite(ROOT);
	}
	requireBuiltSite(SITE);
	await buildPages(PAGES_SRC, PAGES_OUT);
	mkdirSync(OUT, { recursive: true });

	const server = await serveStatic({ '/': SITE, '/bench/': PAGES_OUT }, benchPort(4));
	const chromePath =
		process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
	const pages = {
		home: `${server.origin}/`,
		// Without ?w=&h= the bare page's map fills the window.
		bare: `${server.origin}/bench/maplibre/`
	} as const;
	const results: Record<string, Figures[]> = {};
	try {
		for (let run = 0; run < RUNS; run++)
			for (const [page, url] of Object.entries(pages))
				for (const preset of ['desktop', 'mobile'] as const) {
					const flags: Flags = {
						port: chrome.port,
						output: 'json',
						logLevel: 'error',
						onlyCategories:
							page === 'home' && preset === 'desktop'
								? ['performance', 'accessibility', 'best-practices']
								: ['performance']
					};
					const r = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
					if (!r) throw new Error(`Lighthouse gave no result for ${url}`);
					const f = figures(r.lhr, server.origin);
					(results[`${page} ${preset}`] ??= []).push(f);
					process.stdout.write(`  ${page} ${preset} run ${run + 1}/${RUNS}: performance ${f.score}\n`);
				}
	} finally {
		chrome.kill();
		await server.close();
	}

	const load = loadavg().map((x) => x.toFixed(1));
	console.log(`\nLighthouse (${RUNS} run(s), medians); load average ${load.join(' / ')}\n`);
	console.log(
		`  ${'page / preset'.padEnd(16)}${'perf'.padStart(6)}${'TBT'.padStart(10)}${'TTI'.padStart(10)}   longest task (app code / any)`
	);
	const summary: Record<string, unknown> = {};
	for (const [key, fs] of Object.entries(results)) {
		const m = {
			score: median(fs.map((f) => f.score)),
			tbt: median(fs.map((f) => f.tbt)),
			tti: median(fs.map((f) => f.tti)),
			appLongTask: Math.max(0, ...fs.map((f) => f.appLongTask?.ms ?? 0)),
			longestTask: Math.max(0, ...fs.map((f) => f.longestTask?.ms ?? 0)),
			accessibility: fs[0].accessibility,
			bestPractices: fs[0].bestPractices
		};
		summary[key] = { ...m, runs: fs };
		console.log(
			`  ${key.padEnd(16)}${String(m.score).padStart(6)}${`${Math.round(m.tbt)} ms`.padStart(10)}${`${(m.tti / 1000).toFixed(1)} s`.padStart(10)}   ${Math.round(m.appLongTask)} ms / ${Math.round(m.longestTask)} ms${m.accessibility !== undefined ? `   (accessibility ${m.accessibility}, best practices ${m.bestPractices})` : ''}`
		);
	}
	const s = summary as Record<string, { score: number; tbt: number; appLongTask: number }>;
	console.log(
		`\n  aims: home desktop performance ≥ 90: ${s['home desktop'].score}; TBT ≤ 300 ms: ${Math.round(s['home desktop'].tbt)} ms; ` +
			`mobile TBT ≤ 2 × bare (${Math.round(2 * s['bare mobile'].tbt)} ms): ${Math.round(s['home mobile'].tbt)} ms; ` +
			`app long task ≤ 200 ms: ${Math.round(Math.max(s['home desktop'].appLongTask, s['home mobile'].appLongTask))} ms`
	);
	writeFileSync(
		join(OUT, 'lighthouse.json'),
		JSON.stringify({ date: new Date().toISOString(), loadAverage: load, summary }, null, '\t') + '\n'
	);
	console.log(`\nWrote ${join('bench-results', 'lighthouse.json')}`);
}

main().catch((e: unknown) => {
	console.error(e instanceof Error ? e.stack : e);
	process.exit(1);
});
