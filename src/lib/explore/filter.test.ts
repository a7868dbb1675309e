import { describe, it, expect } from 'vitest';
import { documents } from '../corpus/documents';
import { corpusData } from '../corpus/corpusData';
import { loadGazetteer } from '../gazetteer/load';
import { passagesForPlace } from '../corpus/passages';
import { passageFilter, directCounts, filterYears } from './filter';
import { defaultState } from '../state/types';

const { index } = corpusData(documents, loadGazetteer());
const all = { docs: null, docKinds: null, year: null };
const text = (ref: { passage: number }) => index.passages[ref.passage].text;

describe('passageFilter', () => {
	it('lets everything through with no filter', () => {
		const refs = passagesForPlace(index, 'liangshan');
		expect(refs.length).toBeGreaterThan(0);
		expect(refs.filter(passageFilter(index, all))).toEqual(refs);
	});
	it('year 2015 keeps the 2017 passages recounting the 延安 and 贵阳 symposia', () => {
		const f = passageFilter(index, { ...all, year: 2015 });
		const yanan = passagesForPlace(index, 'yanan').filter(f);
		const guiyang = passagesForPlace(index, 'guiyang').filter(f);
		expect(yanan.some((r) => text(r).includes('延安'))).toBe(true);
		expect(guiyang.some((r) => text(r).includes('贵阳'))).toBe(true);
		// …and drops passages of 2017 and 2020 that recount nothing of 2015.
		const liangshan = passagesForPlace(index, 'liangshan').filter(f);
		expect(liangshan).toEqual([]);
	});
	it('filters by document and by kind of document', () => {
		const only2020 = directCounts(index, { ...all, docs: ['2020-03-06-beijing'] });
		const reports = directCounts(index, { ...all, docKinds: ['report'] });
		for (const id of only2020.keys()) {
			const refs = index.places[id].direct.filter(
				(r) => index.passages[r.passage].doc === '2020-03-06-beijing'
			);
			expect(refs.length).toBe(only2020.get(id));
		}
		for (const id of reports.keys())
			expect(index.places[id].direct.some((r) => index.passages[r.passage].doc.endsWith('xinhua'))).toBe(
				true
			);
	});
});

describe('filterYears', () => {
	it('offers the document years and the recounted years', () => {
		const years = filterYears(index);
		for (const y of [2012, 2015, 2016, 2017, 2020]) expect(years).toContain(y);
		expect(defaultState().year).toBeNull();
	});
	it('offers no year after the latest document (联合国2030年议程 is a target, not an event)', () => {
		const years = filterYears(index);
		const latest = Math.max(...index.documents.map((d) => Number(d.date.slice(0, 4))));
		expect(years.filter((y) => y > latest)).toEqual([]);
		expect(years).not.toContain(2030);
	});
});
