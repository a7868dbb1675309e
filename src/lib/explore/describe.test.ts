import { describe, it, expect } from 'vitest';
import type { Topology } from 'topojson-specification';
import { documents } from '../corpus/documents';
import { corpusData } from '../corpus/corpusData';
import { loadGazetteer, loadPovertyCounties } from '../gazetteer/load';
import { labelPointsOf } from '../corpus/labelPoints';
import chinaJson from '../../../geodata/china.topo.json';
import countiesJson from '../../../geodata/counties.topo.json';
import { buildAtlas } from './build-atlas';
import { describePlace, segments } from './describe';
import { unitsOf } from './units';

const china = chinaJson as unknown as Topology;
const counties = countiesJson as unknown as Topology;
const gazetteer = loadGazetteer();
const { index } = corpusData(documents, gazetteer);
const atlas = buildAtlas(gazetteer, loadPovertyCounties(), labelPointsOf(china, counties));
const units = unitsOf([china, counties]);
const unit = (c: string) => units.get(c);
const noFilter = { docs: null, docKinds: null, year: null };
const doc2017 = documents.find((d) => d.id === '2017-06-23-taiyuan')!;

describe('segments', () => {
	it('marks the mention ranges and keeps every character', () => {
		const s = segments('四川凉山彝区', [[0, 4]]);
		expect(s).toEqual([
			{ text: '四川凉山', mark: true },
			{ text: '彝区', mark: false }
		]);
	});
});

describe('describePlace', () => {
	it('凉山 shows the 2017 passages, each quoting the paragraph exactly with 凉山 marked', () => {
		const d = describePlace('liangshan', atlas, index, noFilter, unit)!;
		expect(d.name_zh).toBe('凉山彝族自治州');
		const g2017 = d.groups.find((g) => g.doc.id === '2017-06-23-taiyuan')!;
		expect(g2017.passages.length).toBeGreaterThan(0);
		for (const p of g2017.passages) {
			const para = doc2017.paragraphs.find((x) => x.id === p.paragraph)!;
			expect(para.text).toContain(p.text);
			if (!p.via)
				expect(
					p.segments
						.filter((s) => s.mark)
						.map((s) => s.text)
						.join('')
				).toMatch(/凉山/);
		}
		expect(d.memberships.map((m) => m.key)).toContain('sanzhou_liangshan');
		expect(d.parents.map((p) => p.name_zh)).toContain('四川省');
	});
	it('a county inside 凉山 that no passage names shows the 凉山 passages via 凉山', () => {
		// 昭觉县 513431
		const d = describePlace('513431', atlas, index, noFilter, unit)!;
		expect(d.name_zh).toBe('昭觉县');
		expect(d.parents.map((p) => p.key)).toEqual(['liangshan', 'sichuan']);
		const via = d.groups.flatMap((g) => g.passages).filter((p) => p.via === 'liangshan');
		expect(via.length).toBeGreaterThan(0);
		expect(d.memberships.map((m) => m.key)).toEqual(
			expect.arrayContaining(['sanzhou_liangshan', 'counties_2020_52'])
		);
	});
	it('a prefecture lists whole memberships first, then groups holding only some of its counties, with how many', () => {
		const d = describePlace('liangshan', atlas, index, noFilter, unit)!;
		const m = new Map(d.memberships.map((x) => [x.key, x.counties]));
		// 凉山州 is one of 三区三州 as a whole; of its 17 counties, 木里 alone is in 四省藏区 and
		// 7 were among the 52 counties still poor in 2020 (普格 布拖 金阳 昭觉 喜德 越西 美姑).
		for (const whole of ['sanqu_sanzhou', 'sanzhou_liangshan']) {
			expect(m.has(whole)).toBe(true);
			expect(m.get(whole)).toBeUndefined();
		}
		expect(m.get('sisheng_zangqu')).toBe(1);
		expect(m.get('counties_2020_52')).toBe(7);
		// 集中连片特困地区's county list is partial, so its count is a lower bound; 52's is complete.
		const byKey = new Map(d.memberships.map((x) => [x.key, x]));
		expect(byKey.get('contiguous_areas')?.atLeast).toBe(true);
		expect(byKey.get('counties_2020_52')?.atLeast).toBeUndefined();
		const firstPartial = d.memberships.findIndex((x) => x.counties);
		expect(d.memberships.slice(firstPartial).every((x) => x.counties)).toBe(true);
		// English readers get the groups' and parents' English names.
		for (const x of [...d.memberships, ...d.parents]) expect(x.name_en).toMatch(/^[^\u3400-\u9fff]+$/);
		// Without the county counts, only a group lying inside the prefecture is known to be whole.
		const national = unitsOf([china]);
		const bare = describePlace('liangshan', atlas, index, noFilter, (c) => national.get(c))!;
		expect(bare.memberships.find((x) => x.key === 'sanzhou_liangshan')?.counties).toBe(undefined);
		expect(bare.memberships.find((x) => x.key === 'sanqu_sanzhou')?.counties).toBe(17);
	});
	it('year 2015 keeps only passages about 2015 events', () => {
		const d = describePlace('yanan', atlas, index, { ...noFilter, year: 2015 }, unit)!;
		expect(d.groups.flatMap((g) => g.passages).length).toBeGreaterThan(0);
		const none = describePlace('liangshan', atlas, index, { ...noFilter, year: 2015 }, unit)!;
		expect(none.groups).toEqual([]);
		expect(none.total).toBeGreaterThan(0);
	});
	it('unknown keys describe nothing', () => {
		expect(describePlace('no-such-place', atlas, index, noFilter, unit)).toBeNull();
		expect(describePlace('999999', atlas, index, noFilter, unit)).toBeNull();
	});
});
