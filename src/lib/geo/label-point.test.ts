import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { MultiPolygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { featuresOf } from './features-of';
import { labelPoint } from './label-point';

const china = JSON.parse(readFileSync('geodata/china.topo.json', 'utf8')) as Topology;

describe('labelPoint', () => {
	it('puts the label at the centre of a square, rounded to 4 decimals', () => {
		const square = {
			type: 'Polygon' as const,
			coordinates: [
				[
					[0, 0],
					[0, 2],
					[2, 2],
					[2, 0],
					[0, 0]
				]
			]
		};
		expect(labelPoint(square)).toEqual([1, 1]);
	});

	it('uses the largest polygon and lands inside it (海南, with the South China Sea islands)', () => {
		const hainan = featuresOf(china, 'provinces').features.find((f) => f.id === '460000');
		const point = labelPoint(hainan?.geometry as MultiPolygon);
		expect(point).not.toBeNull();
		const [lon, lat] = point as [number, number];
		expect(lon).toBeGreaterThan(108.6);
		expect(lon).toBeLessThan(111.1);
		expect(lat).toBeGreaterThan(18.1);
		expect(lat).toBeLessThan(20.2);
		expect(geoContains(hainan as never, [lon, lat])).toBe(true);
	});

	it('returns null for an empty geometry', () => {
		expect(labelPoint({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
	});
});
