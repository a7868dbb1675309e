import { describe, expect, it } from 'vitest';
import { loadGazetteer } from './load';
import { indexGazetteer } from './lookup';

const ix = indexGazetteer(loadGazetteer());
const ids = (places: { id: string }[]) => places.map((p) => p.id).sort();

describe('indexGazetteer', () => {
	it('finds places by id, alias and code', () => {
		expect(ix.byId('liangshan')?.name_zh).toBe('凉山彝族自治州');
		expect(ids(ix.byAlias('四川凉山'))).toEqual(['liangshan']);
		expect(ids(ix.byAlias('凉山彝族自治州'))).toEqual(['liangshan']);
		expect(ids(ix.byAlias('四省藏区'))).toEqual(['sanqu_sisheng_zangqu', 'sisheng_zangqu']);
		expect(ix.byAlias('火星')).toEqual([]);
		// 闽东 and 闽东北地区 are not the prefecture's area: they do not carry its code (drawn by members).
		expect(ids(ix.byCode('350900'))).toEqual(['ningde', 'ningde_diqu']);
	});

	it('lists the areas, groups and regions a county belongs to', () => {
		// 昭觉县: 凉山州, still poor in 2020
		expect(ids(ix.membershipsOf('513431'))).toEqual([
			'counties_2020_52',
			'counties_832',
			'daxiao_liangshan',
			'sanqu_sanzhou',
			'sanzhou_liangshan'
		]);
		// 西吉县: 六盘山区, 三西 (西海固), 陕甘宁 plan area (固原), last batch
		expect(ids(ix.membershipsOf('640422'))).toEqual([
			'contiguous_areas',
			'counties_2020_52',
			'counties_832',
			'liupanshan',
			'sanxi',
			'shanganning'
		]);
		expect(ix.membershipsOf('110101')).toEqual([]);
	});

	it('walks the parent chain', () => {
		expect(ix.parentsOf('zhaojiawa').map((p) => p.id)).toEqual(['kelan', 'xinzhou', 'shanxi']);
		expect(ix.parentsOf('changhanbai').map((p) => p.id)).toEqual([
			'balagong',
			'hangjin',
			'eerduosi',
			'neimenggu'
		]);
		expect(ix.parentsOf('sanzhou_nujiang').map((p) => p.id)).toEqual(['sanqu_sanzhou']);
		expect(ix.parentsOf('beijing')).toEqual([]);
	});
});
