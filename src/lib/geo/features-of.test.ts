import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { featuresOf } from './features-of';
import type { AdminProperties } from './types';

const china = JSON.parse(readFileSync('geodata/china.topo.json', 'utf8')) as Topology;

describe('featuresOf', () => {
	it('returns the provinces as GeoJSON features with their codes as ids', () => {
		const fc = featuresOf<AdminProperties>(china, 'provinces');
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.features).toHaveLength(34);
		const sichuan = fc.features.find((f) => f.id === '510000');
		expect(sichuan?.properties.name).toBe('四川');
		expect(sichuan?.geometry.type).toBe('MultiPolygon');
	});

	it('throws on an unknown object', () => {
		expect(() => featuresOf(china, 'nope')).toThrow(/no object "nope"/);
	});
});
