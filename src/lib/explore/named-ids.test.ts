import { describe, it, expect } from 'vitest';
import { documents } from '../corpus/documents';
import { corpusData } from '../corpus/corpusData';
import { loadGazetteer } from '../gazetteer/load';
import { directCounts } from './filter';
import { namedIds } from './named-ids';

const gazetteer = loadGazetteer();
const { index } = corpusData(documents, gazetteer);
const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
const place = (id: string) => byId.get(id) as never;
const all = { docs: null, docKinds: null, year: null };

describe('namedIds', () => {
	it('keeps the places filtered passages name, of the kinds the filter keeps', () => {
		const counts = directCounts(index, all);
		const ids = namedIds(counts, null, place);
		expect(ids.has('liangshan')).toBe(true);
		expect(ids.size).toBe([...counts.keys()].filter((id) => byId.has(id)).length);
		const prefectures = namedIds(counts, ['prefecture'], place);
		expect(prefectures.has('liangshan')).toBe(true);
		expect([...prefectures].every((id) => byId.get(id)!.kind === 'prefecture')).toBe(true);
		expect(namedIds(counts, [], place).size).toBe(0);
	});
	it('drops places no passage of the year names', () => {
		const ids = namedIds(directCounts(index, { ...all, year: 2015 }), null, place);
		expect(ids.has('liangshan')).toBe(false);
		expect(ids.has('yanan')).toBe(true);
	});
});
