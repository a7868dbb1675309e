import { describe, it, expect } from 'vitest';
import type { Topology } from 'topojson-specification';
import { loadGazetteer, loadPovertyCounties } from '../gazetteer/load';
import { labelPointsOf } from '../corpus/labelPoints';
import china from '../../../geodata/china.topo.json';
import counties from '../../../geodata/counties.topo.json';
import { buildAtlas, pinyinKey } from './build-atlas';

const atlas = buildAtlas(
	loadGazetteer(),
	loadPovertyCounties(),
	labelPointsOf(china as unknown as Topology, counties as unknown as Topology)
);
const byId = new Map(atlas.places.map((p) => [p.id, p]));

describe('buildAtlas', () => {
	it('pinyinKey gives toneless lowercase pinyin', () => {
		expect(pinyinKey('凉山彝族自治州')).toBe('liangshanyizuzizhizhou');
		expect(pinyinKey('阜平县')).toBe('fupingxian');
	});
	it('keeps every gazetteer place, with a point for every administrative unit', () => {
		expect(atlas.places.length).toBe(loadGazetteer().places.length);
		for (const p of atlas.places)
			if (['province', 'prefecture', 'county'].includes(p.kind)) expect(p.point, p.id).toBeDefined();
	});
	it('places villages without a sourced coordinate at their county, marked approximate', () => {
		const villages = atlas.places.filter((p) => p.kind === 'village');
		expect(villages.length).toBeGreaterThan(0);
		for (const v of villages) {
			expect(v.point, v.id).toBeDefined();
			expect(v.approximate, v.id).toBe(true);
		}
	});
	it('marks partial areas with their sourced and official counts', () => {
		const liupan = byId.get('liupanshan')!;
		expect(liupan.status).toEqual({ sourced: liupan.members!.length, official: 61, complete: false });
		expect(liupan.members!.length).toBeLessThan(61);
	});
	it('carries the exit year of all 831 distinct codes of the 832 counties', () => {
		const years = Object.values(atlas.exitYears);
		expect(years.length).toBe(831);
		expect(years.filter((y) => y === 2020).length).toBe(52);
	});
});
