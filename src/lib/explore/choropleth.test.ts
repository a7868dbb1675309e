import { describe, it, expect } from 'vitest';
import type { Topology } from 'topojson-specification';
import chinaJson from '../../../geodata/china.topo.json';
import countiesJson from '../../../geodata/counties.topo.json';
import { documents } from '../corpus/documents';
import { corpusData } from '../corpus/corpusData';
import { loadGazetteer, loadPovertyCounties } from '../gazetteer/load';
import { labelPointsOf } from '../corpus/labelPoints';
import { buildAtlas } from './build-atlas';
import { provinceChoropleth } from './choropleth';
import { provinceCounts } from './filter';

const china = chinaJson as unknown as Topology;
const counties = countiesJson as unknown as Topology;
const gazetteer = loadGazetteer();
const { index } = corpusData(documents, gazetteer);
const atlas = buildAtlas(gazetteer, loadPovertyCounties(), labelPointsOf(china, counties));
const byId = new Map(atlas.places.map((p) => [p.id, p]));
const place = (id: string | undefined) => (id ? byId.get(id) : undefined);
const all = { docs: null, docKinds: null, year: null };

describe('provinceChoropleth', () => {
	it('gives every province a count and a class, 0 only where nothing is mentioned', () => {
		const { provinces, breaks } = provinceChoropleth(china, index, all, place);
		expect(provinces.features).toHaveLength(34);
		const sichuan = provinces.features.find((f) => f.id === '510000')!.properties;
		expect(sichuan.count).toBeGreaterThan(0);
		expect(sichuan.cls).toBeGreaterThanOrEqual(1);
		for (const f of provinces.features) {
			expect(f.properties.cls === 0).toBe(f.properties.count === 0);
			expect(f.properties.cls).toBeLessThanOrEqual(4);
		}
		// Breaks run from 0 up to the largest count, which falls in the top class.
		const max = Math.max(...provinces.features.map((f) => f.properties.count));
		expect(breaks[0]).toBe(0);
		expect(breaks.at(-1)).toBe(max);
		expect(provinces.features.find((f) => f.properties.count === max)!.properties.cls).toBe(4);
	});
	it('counts what provinceCounts counts, and follows the filters', () => {
		const provinceOf = (id: string) => {
			for (let p = place(id); p; p = place(p.parent)) if (p.kind === 'province') return p.codes?.[0];
			return undefined;
		};
		const f2020 = { ...all, docs: ['2020-03-06-beijing'] };
		const expected = provinceCounts(index, f2020, provinceOf);
		const { provinces } = provinceChoropleth(china, index, f2020, place);
		for (const f of provinces.features) expect(f.properties.count).toBe(expected.get(String(f.id)) ?? 0);
		const none = provinceChoropleth(china, index, { ...all, docs: [] }, place);
		expect(none.provinces.features.every((f) => f.properties.count === 0)).toBe(true);
	});
});
