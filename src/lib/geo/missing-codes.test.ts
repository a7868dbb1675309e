import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { missingCodes } from './missing-codes';

const counties = JSON.parse(readFileSync('geodata/counties.topo.json', 'utf8')) as Topology;

describe('missingCodes', () => {
	it('lists the codes that are not counties, once, in order', () => {
		expect(missingCodes(counties, 'counties', ['513431', '540422', '999999', '540422', '540481'])).toEqual([
			'540422',
			'999999'
		]);
	});
});
