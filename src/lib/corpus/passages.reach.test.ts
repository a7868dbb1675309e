/**
 * What reaches a place, on the real texts and gazetteer (gazetteer README, "What a popup quotes"):
 * a province written as a qualifier is no mention; passages naming a province reach its cities
 * only when asked; passages naming target regions reach their members always, marked via them.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/load';
import { documents } from './documents';
import { corpusData } from './corpusData';
import { passagesForCode, passagesForPlace, provincePassageCount } from './passages';
import { directCounts } from '../explore/filter';
import type { PlacePassage } from './types';

const gazetteer = loadGazetteer();
const { index, mentions } = corpusData(documents, gazetteer);
const T17 = '2017-06-23-taiyuan';
const T20 = '2020-03-06-beijing';

/** "doc ¶p" or "doc ¶p < via" for each passage. */
const brief = (list: PlacePassage[]) =>
	list.map((r) => {
		const p = index.passages[r.passage];
		return `${p.doc} ${p.paragraph}${r.via ? ` < ${r.via}` : ''}`;
	});
const marked = (r: PlacePassage) => r.mentions.map(([s, e]) => index.passages[r.passage].text.slice(s, e));

describe('passage index: what reaches a place', () => {
	it('延安 does not quote 2017 ¶8 (陕西 only qualifies 山阳县), with or without the province', () => {
		for (const provinces of [false, true]) {
			const list = passagesForPlace(index, 'yanan', { provinces });
			expect(brief(list)).toEqual([`${T17} p4`, `${T20} p4`]);
			// ¶4 marks 延安 only: 陕西延安's 陕西 is its qualifier
			expect(marked(list[0])).toEqual(['延安']);
		}
		expect(provincePassageCount(index, 'yanan')).toBe(0);
		expect(index.places.shaanxi).toBeUndefined();
		expect(mentions.some((m) => m.place_id === 'shaanxi')).toBe(false);
	});

	it('凉山 keeps the 三区三州 and 大小凉山彝区 passages (via them); 四川 never qualifies it into a mention', () => {
		const list = passagesForPlace(index, 'liangshan');
		const b = brief(list);
		expect(b).toContain(`${T17} p8`);
		expect(b).toContain(`${T17} p15`);
		expect(b).toContain(`${T17} p26 < daxiao_liangshan`);
		expect(b).toContain(`${T20} p23 < sanqu_sanzhou`);
		expect(b.some((x) => x.endsWith('< sichuan'))).toBe(false);
		// 四川凉山州 in ¶8: the mark is on 凉山州, and 四川 has no passage of ¶8
		expect(marked(list.find((r) => index.passages[r.passage].paragraph === 'p8')!)).toEqual(['凉山州']);
		expect(brief(passagesForPlace(index, 'sichuan'))).toEqual([`${T17} p26`]);
	});

	it('怒江 gets 云南’s own passages only when asked, marked via 云南', () => {
		const off = brief(passagesForPlace(index, 'nujiang'));
		const on = brief(passagesForPlace(index, 'nujiang', { provinces: true }));
		expect(off).toContain(`${T17} p15`);
		expect(off).toContain(`${T20} p3`);
		expect(off).toContain(`${T20} p23 < sanqu_sanzhou`);
		expect(off.some((x) => x.endsWith('< yunnan'))).toBe(false);
		expect(on.filter((x) => !off.includes(x))).toEqual([`${T17} p8 < yunnan`, `${T17} p26 < yunnan`]);
		expect(provincePassageCount(index, 'nujiang')).toBe(2);
	});

	it('a county (岢岚县) gets its 832 group by default, 山西 only when asked', () => {
		const off = brief(passagesForPlace(index, 'kelan'));
		expect(off).toEqual([`${T17} p24`, `${T20} p9 < counties_832`, `${T20} p10 < counties_832`]);
		const on = brief(passagesForPlace(index, 'kelan', { provinces: true }));
		expect(on).toEqual([
			`${T17} p8 < shanxi`,
			`${T17} p24`,
			`${T17} p26 < shanxi`,
			`${T20} p9 < counties_832`,
			`${T20} p10 < counties_832`
		]);
	});

	it('a bare county code (布拖县 513429) reaches 凉山 and the target regions, its province only when asked', () => {
		const off = brief(passagesForCode(index, '513429'));
		expect(off).toContain(`${T17} p15 < liangshan`);
		expect(off).toContain(`${T20} p23 < sanqu_sanzhou`);
		expect(off).toContain(`${T20} p23 < counties_2020_52`);
		expect(off.some((x) => x.endsWith('< sichuan'))).toBe(false);
		// a county in 云南 outside the named places: 云南's passages are the toggle's
		const county = '530102';
		expect(brief(passagesForCode(index, county)).some((x) => x.endsWith('< yunnan'))).toBe(false);
		expect(brief(passagesForCode(index, county, { provinces: true }))).toEqual([
			`${T17} p8 < yunnan`,
			`${T17} p26 < yunnan`
		]);
		expect(provincePassageCount(index, county)).toBe(2);
	});

	it('the 三区三州 part 西藏 does not take the province’s own passage (5个省区) as its own', () => {
		const part = brief(passagesForPlace(index, 'sanqu_xizang'));
		expect(part).not.toContain(`${T17} p8`);
		expect(part).toContain(`${T17} p15`);
		expect(brief(passagesForPlace(index, 'xizang'))).toContain(`${T17} p8`);
		expect(brief(passagesForPlace(index, 'sanqu_xizang', { provinces: true }))).toContain(
			`${T17} p8 < xizang`
		);
	});

	it('a region drawn with several units is none of them: 三西地区 reaches a 西海固 county via itself', () => {
		expect(index.codes['640422']).toBeUndefined();
		expect(brief(passagesForCode(index, '640422'))).toContain(`${T17} p27 < sanxi`);
	});

	it('counts (and so the choropleth) leave out provinces written as qualifiers', () => {
		const counts = directCounts(index, { docs: null, docKinds: null, year: null });
		expect(counts.get('shaanxi')).toBeUndefined();
		expect(counts.get('fujian')).toBeUndefined();
		expect(counts.get('sichuan')).toBe(1);
		expect(counts.get('hebei')).toBe(2);
	});
});
