import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/load';
import { buildContainment } from './containment';

const gazetteer = loadGazetteer();
const c = buildContainment(gazetteer);

describe('buildContainment', () => {
	it('ancestors follow the parent chain and code prefixes, nearest first', () => {
		// 赵家洼村 lies in 岢岚县, which lies in 山西.
		const a = c.ancestors('zhaojiawa');
		expect(a.indexOf('kelan')).toBeGreaterThanOrEqual(0);
		expect(a.indexOf('kelan')).toBeLessThan(a.indexOf('shanxi'));
	});

	it('ancestors join one territory under two ids (same_as) both ways, and what contains either', () => {
		// 凉山彝族自治州 and 三区三州's 凉山州 have the same 17 counties.
		expect(c.contains('sanzhou_liangshan', 'liangshan')).toBe(true);
		expect(c.contains('liangshan', 'sanzhou_liangshan')).toBe(true);
		// So the prefecture lies in 三区三州 as a whole, and 三区三州's 凉山州 lies in 四川.
		expect(c.contains('sanqu_sanzhou', 'liangshan')).toBe(true);
		expect(c.contains('sichuan', 'sanzhou_liangshan')).toBe(true);
		// 西藏: the province, the 三区三州 part and the 2012 area are one territory.
		expect(c.contains('xizang', 'sanqu_xizang')).toBe(true);
		expect(c.contains('sanqu_xizang', 'xizang')).toBe(true);
		expect(c.contains('xizang_area', 'xizang')).toBe(true);
	});

	it('contains is not made up: a prefecture is not inside a neighbouring area or province', () => {
		expect(c.contains('yunnan', 'liangshan')).toBe(false);
		expect(c.contains('sanzhou_nujiang', 'liangshan')).toBe(false);
		expect(c.contains('liangshan', 'sichuan')).toBe(false);
	});
});
