import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { chinaProjection, MAINLAND_BOX, SCS_BOX, boxOutline } from './china-projection';
import { featuresOf } from './features-of';
import type { BoundaryProperties } from './types';

const china = JSON.parse(readFileSync('geodata/china.topo.json', 'utf8')) as Topology;
const provinces = featuresOf(china, 'provinces');

describe('chinaProjection', () => {
	it('fits the mainland box to the width, north up and east right', () => {
		const { projection, width, height } = chinaProjection(MAINLAND_BOX, 1000);
		expect(width).toBe(1000);
		expect(height / width).toBeGreaterThan(0.6);
		expect(height / width).toBeLessThan(1);
		for (const p of boxOutline(MAINLAND_BOX).coordinates) {
			const [x, y] = projection(p as [number, number])!;
			expect(x).toBeGreaterThanOrEqual(-0.5);
			expect(x).toBeLessThanOrEqual(width + 0.5);
			expect(y).toBeGreaterThanOrEqual(-0.5);
			expect(y).toBeLessThanOrEqual(height + 0.5);
		}
		const [bx, by] = projection([116.4, 39.9])!; // 北京
		const [cx, cy] = projection([104.07, 30.67])!; // 成都
		expect(bx).toBeGreaterThan(cx);
		expect(by).toBeLessThan(cy);
		const back = projection.invert!([cx, cy])!;
		expect(back[0]).toBeCloseTo(104.07, 6);
		expect(back[1]).toBeCloseTo(30.67, 6);
	});

	it('draws Sichuan and Taiwan inside the mainland view, the dash line inside the inset view', () => {
		const main = chinaProjection(MAINLAND_BOX, 1000);
		const path = geoPath(main.projection);
		for (const code of ['510000', '710000']) {
			const f = provinces.features.find((x) => x.id === code)!;
			const [[x0, y0], [x1, y1]] = path.bounds(f);
			expect(x0).toBeGreaterThan(0);
			expect(x1).toBeLessThan(main.width);
			expect(y0).toBeGreaterThan(0);
			expect(y1).toBeLessThan(main.height);
			// Equal-area: a province is a small fraction of the view, not the whole sphere.
			expect(path.area(f)).toBeLessThan(main.width * main.height * 0.1);
		}
		const inset = chinaProjection(SCS_BOX, 160);
		const line = featuresOf<BoundaryProperties>(china, 'boundaries').features.find(
			(f) => f.properties.kind === 'south-china-sea'
		)!;
		const [[x0, y0], [x1, y1]] = geoPath(inset.projection).bounds(line);
		expect(x0).toBeGreaterThanOrEqual(0);
		expect(x1).toBeLessThanOrEqual(160);
		expect(y0).toBeGreaterThanOrEqual(0);
		expect(y1).toBeLessThanOrEqual(inset.height);
		expect(x1 - x0).toBeGreaterThan(80);
	});
});
