/** buildPassageIndex / passagesForPlace / passagesForCode on the real documents and gazetteer. */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/load';
import { documents } from './documents';
import { corpusData } from './corpusData';
import { passagesForCode, passagesForPlace } from './passages';

const gazetteer = loadGazetteer();
const { mentions, index } = corpusData(documents, gazetteer);
const T17 = '2017-06-23-taiyuan';
const T20 = '2020-03-06-beijing';

function refIn(placeId: string, doc: string, contains: string) {
	const ref = index.places[placeId]?.direct.find(
		(r) => index.passages[r.passage].doc === doc && index.passages[r.passage].text.includes(contains)
	);
	expect(ref, `${placeId} in ${doc} "${contains}"`).toBeDefined();
	return ref!;
}

describe('buildPassageIndex on the real corpus', () => {
	it('buildPassageIndex stores exact excerpts of whole sentences with the mentions inside', () => {
		for (const p of index.passages) {
			const text = documents.find((d) => d.id === p.doc)!.paragraphs.find((x) => x.id === p.paragraph)!.text;
			expect(text.slice(p.start, p.end)).toBe(p.text);
			expect(p.start === 0 || /[。！？；”’）]/.test(text[p.start - 1])).toBe(true);
		}
		// Each mark is a mention of the place, or of the same territory under another id (same_as).
		const twins = (id: string) => {
			const p = gazetteer.places.find((x) => x.id === id)!;
			const root = p.same_as ?? id;
			return new Set(gazetteer.places.filter((x) => x.id === root || x.same_as === root).map((x) => x.id));
		};
		let own = 0;
		for (const [id, entry] of Object.entries(index.places)) {
			for (const r of entry.direct) {
				const p = index.passages[r.passage];
				for (const [s, e] of r.mentions) {
					const m = mentions.find(
						(x) =>
							x.doc_id === p.doc &&
							x.paragraph === p.paragraph &&
							x.start === p.start + s &&
							twins(id).has(x.place_id)
					);
					expect(m?.surface).toBe(p.text.slice(s, e));
					if (m?.place_id === id) own++;
				}
			}
		}
		expect(own).toBe(mentions.length);
	});

	it('buildPassageIndex dates the events the speeches recount', () => {
		expect(refIn('yanan', T17, '第一次是2015年2月13日').year).toBe(2015);
		expect(refIn('guiyang', T17, '第二次是2015年6月18日').year).toBe(2015);
		expect(refIn('yinchuan', T17, '第三次是2016年7月20日').year).toBe(2016);
		expect(refIn('fuping', T17, '2012年12月底').year).toBe(2012);
		expect(refIn('shibadong', T17, '十八洞村').year).toBe(2013);
		expect(refIn('ningde_diqu', T17, '1986年').year).toBe(1986);
		expect(refIn('sanxi', T17, '1982年').year).toBe(1982);
		expect(refIn('yanan', T20, '2015年在延安').year).toBe(2015);
		expect(refIn('yinchuan', T20, '2016年在银川').year).toBe(2016);
		expect(refIn('taiyuan', T20, '2017年在太原').year).toBe(2017);
		expect(refIn('chengdu', T20, '2018年在成都').year).toBe(2018);
		expect(refIn('chongqing', T20, '去年在重庆座谈会').year).toBe(2019);
		// the speech's own time: no year
		expect(refIn('zhaojiawa', T17, '前天下午').year).toBeUndefined();
		expect(refIn('shanxi', T17, '今天这个座谈会').year).toBeUndefined();
	});

	it('passagesForCode gives a county of 凉山 the 凉山 passages, those naming it as one of 三区三州 included', () => {
		const list = passagesForCode(index, '513431'); // 昭觉县, not itself in the gazetteer
		expect(list.some((r) => r.via === undefined)).toBe(false);
		const viaPrefecture = list
			.filter((r) => r.via === 'liangshan')
			.map((r) => index.passages[r.passage].text);
		expect(viaPrefecture.some((t) => t.includes('四川凉山州'))).toBe(true);
		expect(viaPrefecture.some((t) => t.includes('四川凉山、云南怒江'))).toBe(true);
	});

	it('buildPassageIndex gives one territory under two ids (same_as) the same passages', () => {
		const ids = (id: string) => index.places[id].direct.map((r) => r.passage);
		expect(ids('liangshan')).toEqual(ids('sanzhou_liangshan'));
		expect(ids('liangshan').length).toBeGreaterThanOrEqual(3);
		// 临夏 is named only as one of 三区三州 (甘肃临夏), and its prefecture page shows that passage.
		const linxia = index.places.linxia.direct;
		expect(linxia.length).toBeGreaterThan(0);
		for (const r of linxia)
			for (const [s, e] of r.mentions) expect(index.passages[r.passage].text.slice(s, e)).toMatch(/临夏/);
	});

	it('passagesForPlace gives 阜平 its own passages and those of its poverty area and groups; 河北 only when asked', () => {
		const list = passagesForPlace(index, 'fuping');
		expect(list.filter((r) => r.via === undefined).length).toBe(1);
		expect(new Set(list.map((r) => r.via))).toEqual(
			new Set([undefined, 'yanshan_taihang', 'contiguous_areas', 'counties_832'])
		);
		const withProvince = passagesForPlace(index, 'fuping', { provinces: true });
		expect(new Set(withProvince.map((r) => r.via))).toEqual(
			new Set([undefined, 'yanshan_taihang', 'contiguous_areas', 'hebei', 'counties_832'])
		);
	});

	it('buildPassageIndex is compact JSON that round-trips', () => {
		const json = JSON.stringify(index);
		expect(JSON.parse(json)).toEqual(index);
		expect(json.length).toBeLessThan(100_000);
	});
});
