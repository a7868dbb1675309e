import { describe, it, expect } from 'vitest';
import type { Topology } from 'topojson-specification';
import chinaJson from '../../../geodata/china.topo.json';
import countiesJson from '../../../geodata/counties.topo.json';
import { loadGazetteer, loadPovertyCounties } from '../gazetteer/load';
import { labelPointsOf } from '../corpus/labelPoints';
import { buildAtlas } from './build-atlas';
import type { Polygon } from 'geojson';
import { featuresOf } from '../geo/features-of';
import { selectionCodes, selectionMask, unitFeatures } from './selection';

const china = chinaJson as unknown as Topology;
const counties = countiesJson as unknown as Topology;
const atlas = buildAtlas(loadGazetteer(), loadPovertyCounties(), labelPointsOf(china, counties));
const place = (id: string) => atlas.places.find((p) => p.id === id);

describe('selectionCodes', () => {
	it('takes a 6-digit key as the unit itself, a place by its codes, an area by its members', () => {
		expect(selectionCodes('513431', undefined)).toEqual(['513431']);
		expect(selectionCodes('liangshan', place('liangshan'))).toEqual(['513400']);
		const part = place('sanzhou_liangshan')!;
		expect(selectionCodes(part.id, part)).toEqual(part.members);
		expect(part.members!.length).toBeGreaterThan(15);
		expect(selectionCodes('nowhere', undefined)).toEqual([]);
	});
});

describe('unitFeatures', () => {
	it('finds a prefecture in the national file and counties only once the county file is given', () => {
		expect(unitFeatures(['513400'], china, null).features.map((f) => f.id)).toEqual(['513400']);
		expect(unitFeatures(['513431'], china, null).features).toEqual([]);
		expect(unitFeatures(['513431'], china, counties).features.map((f) => f.id)).toEqual(['513431']);
	});
	it('returns each code once, and nothing without the national file', () => {
		const codes = place('sanzhou_liangshan')!.members!;
		const found = unitFeatures([...codes, ...codes], china, counties).features;
		expect(found.map((f) => String(f.id)).sort()).toEqual([...codes].sort());
		expect(unitFeatures(codes, null, counties).features).toEqual([]);
	});
});

describe('selectionMask', () => {
	const liangshanCounties = featuresOf(counties, 'counties')
		.features.map((f) => String(f.id))
		.filter((c) => c.startsWith('5134'));
	const holes = (fc: ReturnType<typeof selectionMask>) =>
		(fc.features[0].geometry as Polygon).coordinates.length - 1;

	it('selectionMask holes the map once for a prefecture of the national file', () => {
		const mask = selectionMask(['513400'], china, null);
		expect(mask.features).toHaveLength(1);
		expect(holes(mask)).toBeGreaterThanOrEqual(1);
	});

	it('selectionMask merges an area’s member counties, so the mask has one hole per piece, not per county', () => {
		expect(liangshanCounties).toHaveLength(17);
		// 凉山's 17 counties make one contiguous territory.
		expect(holes(selectionMask(liangshanCounties, china, counties))).toBeLessThan(4);
	});

	it('selectionMask draws nothing for codes it cannot find (counties not loaded yet)', () => {
		expect(selectionMask(liangshanCounties, china, null).features).toEqual([]);
	});
});
