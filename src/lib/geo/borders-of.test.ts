import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { bordersOf } from './borders-of';

const counties = JSON.parse(readFileSync('geodata/counties.topo.json', 'utf8')) as Topology;
const length = (m: { coordinates: number[][][] }) =>
	m.coordinates.reduce(
		(s, line) =>
			s + line.slice(1).reduce((t, p, i) => t + Math.hypot(p[0] - line[i][0], p[1] - line[i][1]), 0),
		0
	);

describe('bordersOf', () => {
	it('draws province borders inside prefecture borders inside county borders', () => {
		const byProvince = bordersOf(counties, 'counties', 'province');
		const byPrefecture = bordersOf(counties, 'counties', 'prefecture');
		const byCounty = bordersOf(counties, 'counties', 'id');
		expect(byProvince.type).toBe('MultiLineString');
		expect(length(byProvince)).toBeGreaterThan(100);
		expect(length(byPrefecture)).toBeGreaterThan(length(byProvince));
		expect(length(byCounty)).toBeGreaterThan(length(byPrefecture));
	});
});
