import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { featuresOf } from './features-of';
import { mergeCodes } from './merge-codes';

const counties = JSON.parse(readFileSync('geodata/counties.topo.json', 'utf8')) as Topology;
const countyFeatures = featuresOf<{ prefecture: string }>(counties, 'counties').features;

describe('mergeCodes', () => {
	it('merges the counties of 凉山 into one outline with the area of its counties', () => {
		const members = countyFeatures.filter((f) => f.properties.prefecture === '513400');
		expect(members.length).toBeGreaterThan(15);
		const merged = mergeCodes(
			counties,
			'counties',
			members.map((f) => String(f.id))
		);
		expect(merged.type).toBe('MultiPolygon');
		expect(merged.coordinates).toHaveLength(1);
		const sum = members.reduce((s, f) => s + geoArea(f), 0);
		expect(geoArea(merged) / sum).toBeCloseTo(1, 6);
	});

	it('ignores unknown codes and returns an empty MultiPolygon for none', () => {
		expect(mergeCodes(counties, 'counties', ['999999']).coordinates).toEqual([]);
		const one = mergeCodes(counties, 'counties', ['513431', '000000']);
		expect(one.coordinates).toHaveLength(1);
	});
});
