import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import chinaJson from '../../geodata/china.topo.json';
import countiesJson from '../../geodata/counties.topo.json';
import { overviewTopology } from './overview';
import { OPTIONS } from './options';
import { firstViewShapes } from '../../src/lib/explore/first-view';
import { buildAtlas } from '../../src/lib/explore/build-atlas';
import { loadGazetteer, loadPovertyCounties } from '../../src/lib/gazetteer/load';
import { labelPointsOf } from '../../src/lib/corpus/labelPoints';
import { povertyAreas, sanquParts, namedUnits } from '../../src/lib/explore/overlays';
import { bboxOf } from '../../src/lib/geo/bbox-of';
import type { CountiesTopology } from '../../src/lib/geo/types';

const china = chinaJson as unknown as Topology;
const counties = countiesJson as unknown as Topology;
const atlas = buildAtlas(loadGazetteer(), loadPovertyCounties(), labelPointsOf(china, counties));
const overview = overviewTopology(counties as CountiesTopology, firstViewShapes(atlas), OPTIONS.overview);

describe('overview topology (the first view before the county file)', () => {
	it('draws the same regions as the county file, in the same slots, within a few km', () => {
		for (const build of [sanquParts, povertyAreas]) {
			const fine = build(atlas, counties).features;
			const coarse = build(atlas, overview).features;
			expect(coarse.map((f) => [f.id, f.properties.slot])).toEqual(
				fine.map((f) => [f.id, f.properties.slot])
			);
			expect(fine.length).toBeGreaterThan(5);
			fine.forEach((f, i) => {
				const a = bboxOf(f)!;
				const b = bboxOf(coarse[i])!;
				// 0.05° ≈ 5 km: the national file's simplification, not another shape.
				for (let k = 0; k < 4; k++) expect(Math.abs(a[k] - b[k]), `${f.id} bbox[${k}]`).toBeLessThan(0.05);
			});
		}
	});

	it('has every county the gazetteer names, for the named units', () => {
		const fine = namedUnits(atlas, china, counties)
			.features.map((f) => f.id)
			.sort();
		const coarse = namedUnits(atlas, china, overview)
			.features.map((f) => f.id)
			.sort();
		expect(coarse).toEqual(fine);
		expect(fine.length).toBeGreaterThan(20);
	});

	it('is small: a fraction of the county file', () => {
		const size = JSON.stringify(overview).length;
		expect(size).toBeLessThan(JSON.stringify(counties).length / 20);
		expect(size).toBeLessThan(60_000);
	});
});
