import { describe, it, expect } from 'vitest';
import type { Topology } from 'topojson-specification';
import { documents } from '../corpus/documents';
import { corpusData } from '../corpus/corpusData';
import { loadGazetteer, loadPovertyCounties } from '../gazetteer/load';
import { labelPointsOf } from '../corpus/labelPoints';
import chinaJson from '../../../geodata/china.topo.json';
import countiesJson from '../../../geodata/counties.topo.json';
import { buildAtlas } from './build-atlas';
import { search, foldQuery } from './search';

const gazetteer = loadGazetteer();
const { index } = corpusData(documents, gazetteer);
const atlas = buildAtlas(
	gazetteer,
	loadPovertyCounties(),
	labelPointsOf(chinaJson as unknown as Topology, countiesJson as unknown as Topology)
);

describe('search', () => {
	it('finds 凉山 by pinyin, first', () => {
		expect(search('liangshan', atlas.places, index).places[0].place.id).toBe('liangshan');
		expect(search('Liang Shan', atlas.places, index).places[0].place.id).toBe('liangshan');
	});
	it('finds places by alias and Chinese name', () => {
		expect(search('凉山州', atlas.places, index).places.map((h) => h.place.id)).toContain('liangshan');
		expect(search('阜平', atlas.places, index).places[0].place.id).toBe('fuping');
	});
	it('finds passages by their full text, the excerpt marking the match exactly', () => {
		const r = search('两不愁三保障', atlas.places, index);
		expect(r.passages.length).toBeGreaterThan(0);
		for (const h of r.passages) expect(h.excerpt.slice(h.at[0], h.at[1])).toBe('两不愁三保障');
	});
	it('gives nothing for an empty query and folds input', () => {
		expect(search('  ', atlas.places, index)).toEqual({ places: [], passages: [] });
		expect(foldQuery("Xi'an ")).toBe('xian');
	});
});
