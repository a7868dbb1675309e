import { describe, expect, it } from 'vitest';
import { precachePlan } from './precachePlan';

// Names as `$service-worker` lists them for a build under /atlas.
const lists = {
	build: [
		'/atlas/_app/immutable/entry/start.B1.js',
		'/atlas/_app/immutable/assets/china.topo.C9Dgo7mg.json',
		'/atlas/_app/immutable/assets/world.topo.CHSLfOTq.json',
		'/atlas/_app/immutable/assets/counties.topo.EHngcys4.json',
		'/atlas/_app/immutable/assets/maplibre-gl-worker.CZtFQQIV.mjs',
		'/atlas/_app/immutable/chunks/x.js.map',
		'/atlas/_app/immutable/entry/start.B1.js'
	],
	files: ['/atlas/favicon.svg'],
	prerendered: [
		'/atlas',
		'/atlas/read/2017-06-23-taiyuan',
		'/atlas/place/liangshan',
		'/atlas/data/index.json',
		'/atlas/data/mentions.csv'
	]
};

describe('precachePlan', () => {
	it('precachePlan leaves only the county topology and the single-place pages for after install', () => {
		const plan = precachePlan(lists);
		expect(plan.deferred).toEqual([
			'/atlas/place/liangshan',
			'/atlas/_app/immutable/assets/counties.topo.EHngcys4.json'
		]);
		expect(plan.critical).toContain('/atlas/_app/immutable/assets/china.topo.C9Dgo7mg.json');
		expect(plan.critical).toContain('/atlas/_app/immutable/assets/world.topo.CHSLfOTq.json');
		expect(plan.critical).toContain('/atlas/_app/immutable/assets/maplibre-gl-worker.CZtFQQIV.mjs');
	});

	it('precachePlan stores every page, data file and static file exactly once, without source maps', () => {
		const plan = precachePlan(lists);
		const all = [...plan.critical, ...plan.deferred];
		expect(new Set(all).size).toBe(all.length);
		for (const url of [...lists.prerendered, ...lists.files])
			expect(url.includes('/place/') ? plan.deferred : plan.critical).toContain(url);
		expect(all.some((u) => u.endsWith('.map'))).toBe(false);
		expect(all.length).toBe(new Set([...lists.build, ...lists.files, ...lists.prerendered]).size - 1);
	});

	it('precachePlan puts everything in the critical set when nothing is deferred', () => {
		const plan = precachePlan(lists, []);
		expect(plan.deferred).toEqual([]);
		expect(plan.critical).toContain('/atlas/_app/immutable/assets/counties.topo.EHngcys4.json');
	});
});
