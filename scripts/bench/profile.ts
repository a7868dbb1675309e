/**
 * `npm run bench:profile` — where the home page's first render spends its time. Loads the built
 * site's home page (or a bench page) in headless Chromium with a Chromium performance trace running
 * (all processes: the page's main thread, MapLibre's worker, the GPU process that runs SwiftShader),
 * waits for the first complete map render, and prints:
 *
 *  - the page's own marks (map `load`, base data set, first `idle`, inset ready, search box usable);
 *  - busy time per thread up to that render (sum of top-level tasks);
 *  - for the main thread and the worker, CPU self time by script (MapLibre, our code, others),
 *    the functions that cost most, and the long tasks (> 50 ms) with what ran inside them.
 *
 *   npm run bench:profile -- [--no-build] [--page home|maplibre] [--runs 1] [--trace out.json]
 *
 * The trace file can be opened in Chrome DevTools' Performance panel (`--trace`).
 * See scripts/bench/README-bench.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serveStatic, benchPort } from './serve';
import { launchChromium } from './chromium';
import { INSTRUMENT } from './instrument';
import { buildSite, requireBuiltSite } from './build-site';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SITE = join(ROOT, 'build');
const OUT = join(ROOT, 'bench-results');
const VIEWPORT = { width: 1920, height: 1080 };

const { values: opts } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		page: { type: 'string', default: 'home' },
		runs: { type: 'string', default: '1' },
		trace: { type: 'string' },
		top: { type: 'string', default: '25' }
	}
});

/**
 * Counts, per WebGL canvas (named by the nearest data-testid), the shader programs linked, the time
 * spent waiting for their link status (where a software GL pays for compiling) and the draw calls.
 */
const GL_COUNTERS = `(() => {
	const gl = (window.__gl = {});
	const owner = (ctx) => {
		const c = ctx.canvas;
		const el = c && c.closest && c.closest('[data-testid]');
		return (el && el.getAttribute('data-testid')) || (c && c.parentElement && c.parentElement.id) || 'canvas';
	};
	const slot = (ctx) => (gl[owner(ctx)] ??= { programs: 0, linkWaitMs: 0, draws: 0, links: [] });
	const P = WebGL2RenderingContext.prototype;
	const link = P.linkProgram, param = P.getProgramParameter, de = P.drawElements, da = P.drawArrays;
	P.linkProgram = function (p) { slot(this).programs++; return link.call(this, p); };
	P.getProgramParameter = function (p, n) {
		const t = performance.now();
		try { return param.call(this, p, n); } finally {
			const s = slot(this), w = performance.now() - t;
			s.linkWaitMs += w;
			if (n === this.LINK_STATUS) s.links.push([Math.round(t), Math.round(w)]);
		}
	};
	P.drawElements = function (...a) { slot(this).draws++; return de.apply(this, a); };
	P.drawArrays = function (...a) { slot(this).draws++; return da.apply(this, a); };
})();`;

const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'toplevel',
	'v8',
	'v8.execute',
	'blink.user_timing',
	'disabled-by-default-v8.cpu_profiler',
	'gpu',
	'loading'
];

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	id?: string;
	args?: Record<string, unknown> & {
		name?: string;
		data?: {
			cpuProfile?: { nodes?: CpuNode[]; samples?: number[] };
			timeDeltas?: number[];
			[k: string]: unknown;
		};
	};
}
interface CpuNode {
	id: number;
	parent?: number;
	callFrame: { functionName: string; url: string; lineNumber?: number; columnNumber?: number };
}

/** Which script a URL is: MapLibre's worker, the chunk holding MapLibre, our own code, or other. */
function scriptKind(url: string | undefined, maplibreChunk: string | null): string {
	if (!url) return '(native / GC / idle)';
	if (/maplibre-gl-worker/.test(url)) return 'MapLibre worker';
	if (maplibreChunk && url.endsWith(maplibreChunk)) return 'MapLibre chunk';
	if (/^blob:/.test(url)) return 'MapLibre worker';
	if (/\/_app\/|\/bench\//.test(url)) return 'our code';
	return url.replace(/^https?:\/\/[^/]+/, '');
}

function shortUrl(url: string | undefined): string {
	return (url ?? '').replace(/^https?:\/\/[^/]+/, '').replace(/^\/_app\/immutable\//, '');
}

interface ThreadProfile {
	/** µs of self time per node id. */
	self: Map<number, number>;
	nodes: Map<number, CpuNode>;
	/** Sample timestamps (µs, trace clock) and node ids, to attribute long tasks. */
	samples: { ts: number; node: number }[];
}

/** Rebuilds each thread's CPU profile from the trace's Profile/ProfileChunk events. */
function cpuProfiles(events: TraceEvent[]): Map<string, ThreadProfile> {
	const byId = new Map<string, ThreadProfile & { key: string; last: number }>();
	for (const e of events) {
		if (e.name === 'Profile') {
			const startTime = (e.args?.data as { startTime?: number } | undefined)?.startTime ?? e.ts;
			byId.set(`${e.pid}:${e.id}`, {
				key: `${e.pid}:${e.tid}`,
				self: new Map(),
				nodes: new Map(),
				samples: [],
				last: startTime
			});
		} else if (e.name === 'ProfileChunk') {
			const p = byId.get(`${e.pid}:${e.id}`);
			const data = e.args?.data;
			if (!p || !data) continue;
			for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
			const samples = data.cpuProfile?.samples ?? [];
			const deltas = data.timeDeltas ?? [];
			for (let i = 0; i < samples.length; i++) {
				p.last += deltas[i] ?? 0;
				p.samples.push({ ts: p.last, node: samples[i] });
			}
		}
	}
	const out = new Map<string, ThreadProfile>();
	for (const p of byId.values()) {
		// Self time of a sample: until the next sample (capped, so a pause does not count as work).
		for (let i = 0; i < p.samples.length - 1; i++) {
			const d = Math.min(p.samples[i + 1].ts - p.samples[i].ts, 10_000);
			p.self.set(p.samples[i].node, (p.self.get(p.samples[i].node) ?? 0) + d);
		}
		const prev = out.get(p.key);
		if (prev) {
			for (const [k, v] of p.self) prev.self.set(k, (prev.self.get(k) ?? 0) + v);
			for (const [k, v] of p.nodes) prev.nodes.set(k, v);
			prev.samples.push(...p.samples);
		} else out.set(p.key, p);
	}
	return out;
}

const msFmt = (us: number) => `${(us / 1000).toFixed(0)} ms`.padStart(9);

async function main(): Promise<void> {
	if (!opts['no-build']) {
		buildSite(ROOT);
	}
	requireBuiltSite(SITE);
	const pagesOut = join(OUT, 'pages');
	const mounts: Record<string, string> = { '/': SITE };
	if (existsSync(pagesOut)) mounts['/bench/'] = pagesOut;
	if (opts.page !== 'home' && !mounts['/bench/'])
		throw new Error('bench-results/pages is missing: run `npm run bench` once to build the comparison pages');
	mkdirSync(OUT, { recursive: true });

	const server = await serveStatic(mounts, benchPort(1));
	const browser = await launchChromium();
	const path = opts.page === 'home' ? '/' : `/bench/${opts.page}/?w=1548&h=1027`;
	try {
		for (let run = 0; run < Math.max(1, Number(opts.runs) || 1); run++) {
			const context = await browser.newContext({
				viewport: VIEWPORT,
				deviceScaleFactor: 1,
				serviceWorkers: 'block'
			});
			await context.addInitScript(INSTRUMENT);
			await context.addInitScript(GL_COUNTERS);
			const page = await context.newPage();
			const maplibreUrls = new Set<string>();
			page.on('response', (r) => {
				if (/\.js$/.test(r.url()))
					void r
						.text()
						.then((t) => {
							if (t.includes('maplibregl-canvas-container')) maplibreUrls.add(r.url());
						})
						.catch(() => undefined);
			});
			await browser.startTracing(page, { categories: CATEGORIES });
			await page.goto(server.origin + path, { timeout: 120_000 });
			await page.waitForFunction(
				() => (window as { __renderedAt?: number }).__renderedAt !== undefined,
				undefined,
				{
					timeout: 120_000
				}
			);
			if (opts.page === 'home')
				await page
					.waitForFunction(
						() => (window as { __bench?: { inset?: number } }).__bench?.inset !== undefined,
						undefined,
						{
							timeout: 20_000
						}
					)
					.catch(() => undefined);
			// Let the work the render started (labels, explore data, overlays) show in the trace too.
			await page.waitForTimeout(1500);
			const marks = await page.evaluate(() => ({
				...(window as unknown as { __bench: Record<string, number> }).__bench
			}));
			const gl = await page.evaluate(() => (window as unknown as { __gl: Record<string, unknown> }).__gl);
			const layers = await page.evaluate(() => {
				const el = document.querySelector('[data-testid="map"], #map') as
					| (HTMLElement & {
							__map?: {
								getStyle(): { layers: { id: string; type: string; layout?: { visibility?: string } }[] };
							};
					  })
					| null;
				return (el?.__map?.getStyle().layers ?? []).map(
					(l) => `${l.id}${l.layout?.visibility === 'none' ? ' (hidden)' : ''}`
				);
			});
			// MapLibre's cache of compiled programs (internal, read for the report only): one entry per
			// program and set of data-driven attributes.
			const programs = await page.evaluate(() => {
				const el = document.querySelector('[data-testid="map"], #map') as
					| (HTMLElement & {
							__map?: { painter?: { programCache?: { programs?: Record<string, unknown> } } };
					  })
					| null;
				return Object.keys(el?.__map?.painter?.programCache?.programs ?? {});
			});
			const buf = await browser.stopTracing();
			await context.close();
			if (opts.trace) writeFileSync(opts.trace, buf);
			report(JSON.parse(buf.toString('utf8')) as { traceEvents: TraceEvent[] }, marks, [...maplibreUrls]);
			console.log('\nWebGL per canvas (programs linked, ms waiting for link status, draw calls), until now:');
			for (const [k, v] of Object.entries(gl)) {
				const counts = { ...(v as Record<string, unknown>) };
				delete counts.links;
				console.log(`  ${k}: ${JSON.stringify(counts)}`);
			}
			// The main map's program cache is in the order the programs were linked.
			const links = (gl.map as { links?: [number, number][] } | undefined)?.links ?? [];
			console.log(`\nPrograms in the main map's cache (${programs.length}), in link order: at ms, wait ms:`);
			programs.forEach((p, i) => {
				const [at, wait] = links[i] ?? [NaN, NaN];
				console.log(
					`  ${String(at).padStart(6)} ${String(wait).padStart(5)}  ${p.split('/')[0]} ${p
						.split('/')
						.filter((x) => x.startsWith('a_'))
						.join(' ')}`
				);
			});
			console.log(`\nMain map style: ${layers.length} layers: ${layers.join(', ')}`);
		}
	} finally {
		await browser.close();
		await server.close();
	}
}

function report(
	trace: { traceEvents: TraceEvent[] },
	marks: Record<string, number>,
	maplibreUrls: string[]
): void {
	const events = trace.traceEvents;
	const maplibreChunk = maplibreUrls.map((u) => new URL(u).pathname).find((p) => !/worker/.test(p)) ?? null;
	// Thread and process names.
	const threadName = new Map<string, string>();
	const procName = new Map<number, string>();
	for (const e of events) {
		if (e.ph !== 'M') continue;
		if (e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, String(e.args?.name));
		if (e.name === 'process_name') procName.set(e.pid, String(e.args?.name));
	}
	// Navigation start in trace time: the page's own navigationStart (the one that names the page's
	// URL; an <img> of an SVG document records a navigationStart of its own, later, with none).
	const nav = events
		.filter(
			(e) =>
				e.name === 'navigationStart' &&
				e.cat.includes('blink.user_timing') &&
				/^https?:/.test(
					String((e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL)
				)
		)
		.map((e) => e.ts)
		.sort((a, b) => a - b)
		.at(-1);
	const navTs = nav ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
	const renderedAt = marks.idle ?? (marks as { rendered?: number }).rendered ?? 0;
	const endTs = navTs + Math.max(renderedAt, marks.inset ?? 0) * 1000;

	console.log(
		`\nLoad average ${loadavg()
			.map((x) => x.toFixed(1))
			.join(' / ')}`
	);
	console.log(
		`Marks (ms since navigation start): ${Object.entries(marks)
			.sort((a, b) => a[1] - b[1])
			.map(([k, v]) => `${k} ${Math.round(v)}`)
			.join(', ')}`
	);
	console.log(
		`Window analysed: navigation start → ${Math.round((endTs - navTs) / 1000)} ms (map idle and inset ready)\n`
	);

	// Busy time per thread: top-level tasks inside the window.
	const hasTci = events.some((e) => e.name === 'ThreadControllerImpl::RunTask');
	const busy = new Map<string, number>();
	const tasksByThread = new Map<string, TraceEvent[]>();
	for (const e of events) {
		if (e.ph !== 'X' || !e.dur || e.ts < navTs || e.ts > endTs) continue;
		if (e.name !== 'ThreadControllerImpl::RunTask' && !(e.name === 'RunTask' && !hasTci)) continue;
		const key = `${e.pid}:${e.tid}`;
		busy.set(key, (busy.get(key) ?? 0) + Math.min(e.dur, endTs - e.ts));
		if (!tasksByThread.has(key)) tasksByThread.set(key, []);
		tasksByThread.get(key)!.push(e);
	}
	console.log('Busy time per thread in that window (sum of top-level tasks):');
	const threads = [...busy.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
	for (const [key, us] of threads) {
		const pid = Number(key.split(':')[0]);
		console.log(`  ${msFmt(us)}  ${procName.get(pid) ?? pid} / ${threadName.get(key) ?? key}`);
	}

	const profiles = cpuProfiles(events);
	for (const [key, p] of profiles) {
		const name = threadName.get(key) ?? key;
		const inWindow = p.samples.filter((s) => s.ts >= navTs && s.ts <= endTs);
		if (inWindow.length < 10) continue;
		// Self time per node inside the window.
		const self = new Map<number, number>();
		for (let i = 0; i < inWindow.length - 1; i++) {
			const d = Math.min(inWindow[i + 1].ts - inWindow[i].ts, 10_000);
			self.set(inWindow[i].node, (self.get(inWindow[i].node) ?? 0) + d);
		}
		const byKind = new Map<string, number>();
		const byFn = new Map<string, number>();
		const ours = new Map<string, number>();
		let total = 0;
		for (const [id, us] of self) {
			const n = p.nodes.get(id);
			if (!n) continue;
			const fn = n.callFrame.functionName;
			if (fn === '(idle)' || fn === '(program)') continue;
			total += us;
			const kind = fn === '(garbage collector)' ? 'GC' : scriptKind(n.callFrame.url, maplibreChunk);
			byKind.set(kind, (byKind.get(kind) ?? 0) + us);
			const label = `${fn || '(anonymous)'}  ${shortUrl(n.callFrame.url)}${n.callFrame.lineNumber !== undefined && n.callFrame.url ? `:${n.callFrame.lineNumber + 1}:${(n.callFrame.columnNumber ?? 0) + 1}` : ''}`;
			byFn.set(label, (byFn.get(label) ?? 0) + us);
			if (kind === 'our code') ours.set(label, (ours.get(label) ?? 0) + us);
		}
		console.log(`\nJavaScript CPU self time, thread "${name}" (${msFmt(total).trim()} sampled):`);
		for (const [k, us] of [...byKind.entries()].sort((a, b) => b[1] - a[1]))
			console.log(`  ${msFmt(us)}  ${((100 * us) / total).toFixed(0).padStart(3)} %  ${k}`);
		console.log(`  top functions:`);
		for (const [k, us] of [...byFn.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(opts.top) || 25))
			console.log(`  ${msFmt(us)}  ${k}`);

		if (ours.size) {
			console.log(`  top functions in our code:`);
			for (const [k, us] of [...ours.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10))
				console.log(`  ${msFmt(us)}  ${k}`);
		}
		// Long tasks on this thread with what they ran.
		const tasks = (tasksByThread.get(key) ?? []).filter((t) => (t.dur ?? 0) > 50_000);
		if (tasks.length) {
			console.log(`  long tasks (> 50 ms): ${tasks.length}`);
			for (const t of tasks.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 8)) {
				const inside = new Map<string, number>();
				const ss = inWindow.filter((s) => s.ts >= t.ts && s.ts <= t.ts + (t.dur ?? 0));
				for (let i = 0; i < ss.length - 1; i++) {
					const n = p.nodes.get(ss[i].node);
					if (!n) continue;
					const k =
						n.callFrame.functionName === '(garbage collector)'
							? 'GC'
							: scriptKind(n.callFrame.url, maplibreChunk);
					inside.set(k, (inside.get(k) ?? 0) + Math.min(ss[i + 1].ts - ss[i].ts, 10_000));
				}
				const parts = [...inside.entries()]
					.sort((a, b) => b[1] - a[1])
					.slice(0, 3)
					.map(([k, v]) => `${k} ${Math.round(v / 1000)}`)
					.join(', ');
				console.log(
					`    at ${Math.round((t.ts - navTs) / 1000)} ms: ${Math.round((t.dur ?? 0) / 1000)} ms  (${parts})`
				);
			}
		}
	}
	// Non-JS main-thread work that the DevTools timeline names (style, layout, paint, parse, GPU).
	const rendererMain = [...threadName.entries()].find(([, n]) => n === 'CrRendererMain')?.[0];
	if (rendererMain) {
		const byName = new Map<string, number>();
		for (const e of events) {
			if (e.ph !== 'X' || !e.dur || e.ts < navTs || e.ts > endTs || `${e.pid}:${e.tid}` !== rendererMain)
				continue;
			if (!/devtools\.timeline/.test(e.cat)) continue;
			if (
				/^(UpdateLayoutTree|Layout|Paint|ParseHTML|ParseAuthorStyleSheet|PrePaint|Layerize|Commit|v8\.compile|CompileScript|EvaluateScript|FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|XHRLoad|ResourceReceivedData)$/.test(
					e.name
				)
			)
				byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur);
		}
		console.log('\nMain thread, timeline events (inclusive, nested ones overlap):');
		for (const [k, us] of [...byName.entries()].sort((a, b) => b[1] - a[1]))
			console.log(`  ${msFmt(us)}  ${k}`);
	}
	if (maplibreChunk) console.log(`\nMapLibre chunk: ${maplibreChunk}`);
}

main().catch((e: unknown) => {
	console.error(e instanceof Error ? e.stack : e);
	process.exit(1);
});
