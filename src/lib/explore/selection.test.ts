import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import chinaJson from '../../../geodata/china.topo.json';
import countiesJson from '../../../geodata/counties.topo.json';
import { featuresOf } from '../geo/features-of';
import { selectionShape } from './selection';

const china = chinaJson as unknown as Topology;
const counties = countiesJson as unknown as Topology;
const liangshanCounties = featuresOf(counties, 'counties')
	.features.map((f) => String(f.id))
	.filter((c) => c.startsWith('5134'));

describe('selectionShape', () => {
	it('selectionShape finds a prefecture in the national topology and holes the mask once', () => {
		const s = selectionShape(['513400'], china, null);
		expect(s.units.features.map((f) => f.id)).toEqual(['513400']);
		expect(s.mask.features).toHaveLength(1);
		expect((s.mask.features[0].geometry as Polygon).coordinates.length).toBeGreaterThanOrEqual(2);
	});

	it('selectionShape merges an area’s member counties, so the mask has one hole per piece, not per county', () => {
		expect(liangshanCounties).toHaveLength(17);
		const s = selectionShape(liangshanCounties, china, counties);
		expect(s.units.features).toHaveLength(17);
		const rings = (s.mask.features[0].geometry as Polygon).coordinates;
		// 凉山's 17 counties make one contiguous territory.
		expect(rings.length - 1).toBeLessThan(4);
	});

	it('selectionShape draws nothing for codes it cannot find (counties not loaded yet)', () => {
		const s = selectionShape(liangshanCounties, china, null);
		expect(s.units.features).toEqual([]);
		expect(s.mask.features).toEqual([]);
	});
});
