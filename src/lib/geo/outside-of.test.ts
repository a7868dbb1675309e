import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import chinaJson from '../../../geodata/china.topo.json';
import { mergeCodes } from './merge-codes';
import { outsideOf } from './outside-of';

const china = chinaJson as unknown as Topology;

/** Shoelace: positive for a counter-clockwise ring. */
const shoelace = (r: Position[]) =>
	r.slice(1).reduce((s, p, i) => s + r[i][0] * p[1] - p[0] * r[i][1], 0) / 2;

/** Even-odd ray casting over every ring (planar, as MapLibre fills). */
function inside(rings: Position[][], [x, y]: [number, number]): boolean {
	let odd = false;
	for (const r of rings)
		for (let i = 0, j = r.length - 1; i < r.length; j = i++)
			if (
				r[i][1] > y !== r[j][1] > y &&
				x < ((r[j][0] - r[i][0]) * (y - r[i][1])) / (r[j][1] - r[i][1]) + r[i][0]
			)
				odd = !odd;
	return odd;
}

describe('outsideOf', () => {
	it('outsideOf holes the bounds with each polygon of the shape, holes wound opposite to the outside', () => {
		// 凉山彝族自治州 (513400) as drawn from the national topology.
		const shape = mergeCodes(china, 'prefectures', ['513400']);
		const mask = outsideOf(shape);
		expect(mask.coordinates.length).toBe(1 + shape.coordinates.length);
		expect(shoelace(mask.coordinates[0])).toBeGreaterThan(0);
		for (const hole of mask.coordinates.slice(1)) expect(shoelace(hole)).toBeLessThan(0);
		// 西昌 (inside 凉山) is not under the mask; 成都 (outside) is.
		expect(inside(mask.coordinates, [102.26, 27.89])).toBe(false);
		expect(inside(mask.coordinates, [104.07, 30.67])).toBe(true);
	});

	it('outsideOf of an empty shape is the whole bounds', () => {
		const mask = outsideOf({ type: 'MultiPolygon', coordinates: [] }, [70, 15, 140, 55]);
		expect(mask.coordinates).toHaveLength(1);
		expect(inside(mask.coordinates, [104, 35])).toBe(true);
	});
});
