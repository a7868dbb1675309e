import { topology } from 'topojson-server';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { simplifyTopology } from './simplify-topology';

const island: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			id: 'a',
			properties: {},
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[0.01, 0],
						[0.012, 0.005],
						[0.01, 0.01],
						[0, 0.01],
						[0, 0]
					]
				]
			}
		},
		{
			type: 'Feature',
			id: 'b',
			properties: {},
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[5, 5],
						[6, 5],
						[6, 6],
						[5, 5]
					]
				]
			}
		}
	]
};

describe('simplifyTopology', () => {
	it('keeps a small island a triangle even when the threshold is far above its area', () => {
		const { topology: t } = simplifyTopology(topology({ x: island }), { minAreaKm2: 1e6, quantization: 1e4 });
		const fc = feature(t, t.objects.x) as FeatureCollection;
		const ring = (fc.features[0].geometry as MultiPolygon | { coordinates: number[][][] }).coordinates.flat(
			1
		) as unknown as number[][];
		expect(new Set(ring.map((p) => p.join())).size).toBeGreaterThanOrEqual(3);
	});

	it('does not modify its input', () => {
		const input = topology({ x: island });
		const before = JSON.stringify(input);
		simplifyTopology(input, { minAreaKm2: 10, quantization: 100 });
		expect(JSON.stringify(input)).toBe(before);
	});
});
