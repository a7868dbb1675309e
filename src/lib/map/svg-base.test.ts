import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { chinaProjection, MAINLAND_BOX, SCS_BOX } from '../geo/china-projection';
import { svgBase } from './svg-base';

const china = JSON.parse(readFileSync('geodata/china.topo.json', 'utf8')) as Topology;
const world = JSON.parse(readFileSync('geodata/world.topo.json', 'utf8')) as Topology;
const main = chinaProjection(MAINLAND_BOX, 1000);

describe('svgBase', () => {
	it('draws every province, Taiwan among them, and the borders, without neighbours before the world file', () => {
		const base = svgBase(china, null, geoPath(main.projection));
		expect(base.provinces).toHaveLength(34);
		for (const name of ['四川', '台湾', '海南', '香港', '澳门'])
			expect(base.provinces.find((p) => p.name === name)?.d.length).toBeGreaterThan(20);
		expect(base.provinceLines.length).toBeGreaterThan(1000);
		expect(base.nationalLine.length).toBeGreaterThan(1000);
		expect(base.neighbours).toEqual([]);
		const scs = base.boundaries.filter((b) => b.kind === 'south-china-sea');
		expect(scs).toHaveLength(1);
		// The dashed line is many separate dashes (one move-to each).
		expect(scs[0].d.split('M').length - 1).toBeGreaterThanOrEqual(10);
	});

	it('draws the neighbours around China, not China itself nor far countries', () => {
		const path = geoPath(main.projection);
		const base = svgBase(china, world, path);
		const codes = base.neighbours.map((n) => n.code);
		for (const c of ['MNG', 'VNM', 'IND', 'RUS', 'PHL']) expect(codes).toContain(c);
		expect(codes).not.toContain('CHN');
		expect(codes).not.toContain('BRA');
		for (const n of base.neighbours) expect(n.d).not.toBe('');
	});

	it('draws the dashed line inside the 南海诸岛 inset', () => {
		const inset = chinaProjection(SCS_BOX, 150);
		const scs = svgBase(china, null, geoPath(inset.projection)).boundaries.find(
			(b) => b.kind === 'south-china-sea'
		)!;
		const numbers = scs.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
		const xs = numbers.filter((_, i) => i % 2 === 0);
		const ys = numbers.filter((_, i) => i % 2 === 1);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThanOrEqual(150);
		expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...ys)).toBeLessThanOrEqual(inset.height);
	});
});
