import { describe, it, expect } from 'vitest';
import type { Topology } from 'topojson-specification';
import chinaJson from '../../../geodata/china.topo.json';
import countiesJson from '../../../geodata/counties.topo.json';
import { loadGazetteer, loadPovertyCounties } from '../gazetteer/load';
import { labelPointsOf } from '../corpus/labelPoints';
import { buildAtlas } from './build-atlas';
import { candidateOf, pickCandidate, PROVINCE_LAYER } from './candidates';

const china = chinaJson as unknown as Topology;
const counties = countiesJson as unknown as Topology;
const atlas = buildAtlas(loadGazetteer(), loadPovertyCounties(), labelPointsOf(china, counties));
const place = (id: string) => atlas.places.find((p) => p.id === id);

describe('candidateOf', () => {
	it('maps a province shape to its gazetteer place by code', () => {
		const c = candidateOf({ layer: PROVINCE_LAYER, id: '510000', properties: {} }, atlas, place);
		expect(c).toEqual({ key: 'sichuan', name: '四川省', layer: PROVINCE_LAYER });
		expect(candidateOf({ layer: PROVINCE_LAYER, id: '999999', properties: {} }, atlas, place)).toBeNull();
	});
	it("takes a feature's place id with the gazetteer's name, else a unit code, else nothing", () => {
		expect(
			candidateOf({ layer: 'sanqu-fill', properties: { place: 'sanzhou_liangshan' } }, atlas, place)
		).toEqual({ key: 'sanzhou_liangshan', name: place('sanzhou_liangshan')!.name_zh, layer: 'sanqu-fill' });
		expect(
			candidateOf({ layer: 'counties-hit', properties: { code: '513431', name: '昭觉县' } }, atlas, place)
		).toEqual({ key: '513431', name: '昭觉县', layer: 'counties-hit' });
		expect(candidateOf({ layer: 'x', properties: {} }, atlas, place)).toBeNull();
	});
});

describe('pickCandidate', () => {
	const prov = { key: 'sichuan', name: '四川省', layer: PROVINCE_LAYER };
	const part = { key: 'sanzhou_liangshan', name: '凉山州', layer: 'sanqu-fill' };
	const pref = { key: 'liangshan', name: '凉山彝族自治州', layer: 'named-fill' };
	it('selects the one specific place over the province under it', () => {
		expect(pickCandidate([part, prov])).toEqual({ action: 'select', key: 'sanzhou_liangshan' });
		expect(pickCandidate([null, prov])).toEqual({ action: 'select', key: 'sichuan' });
	});
	it('offers overlapping places as a choice, each once, topmost first', () => {
		expect(pickCandidate([pref, part, pref, prov])).toEqual({ action: 'choose', candidates: [pref, part] });
	});
	it('clears when nothing is under the pointer', () => {
		expect(pickCandidate([])).toEqual({ action: 'clear' });
		expect(pickCandidate([null])).toEqual({ action: 'clear' });
	});
});
