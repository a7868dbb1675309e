import { describe, it, expect } from 'vitest';
import type { Topology } from 'topojson-specification';
import chinaJson from '../../../geodata/china.topo.json';
import countiesJson from '../../../geodata/counties.topo.json';
import { unitsOf } from './units';

const china = chinaJson as unknown as Topology;
const counties = countiesJson as unknown as Topology;

describe('unitsOf', () => {
	it('lists provinces and prefectures from the national file, with names and label points', () => {
		const units = unitsOf([china, null]);
		const sichuan = units.get('510000');
		expect(sichuan).toMatchObject({ name_zh: '四川省', level: 'province', province: '510000' });
		expect(units.get('513400')).toMatchObject({ name_zh: '凉山彝族自治州', level: 'prefecture' });
		const [lon, lat] = units.get('513400')!.label!;
		expect(lon).toBeGreaterThan(101);
		expect(lon).toBeLessThan(104);
		expect(lat).toBeGreaterThan(26);
		expect(lat).toBeLessThan(29.5);
		// No county yet, and nothing from the boundaries object.
		expect(units.has('513431')).toBe(false);
		expect([...units.values()].every((u) => u.level !== 'county')).toBe(true);
	});

	it('adds the counties once the county file is there, keeping the national entries', () => {
		const before = unitsOf([china]);
		const units = unitsOf([china, counties]);
		expect(units.get('513431')).toMatchObject({
			name_zh: '昭觉县',
			level: 'county',
			province: '510000',
			prefecture: '513400'
		});
		expect(units.size).toBeGreaterThan(before.size + 2500);
		for (const [code, u] of before) expect(units.get(code)).toMatchObject(u);
	});

	it('counts each prefecture’s county-level units once the county file is there', () => {
		expect(unitsOf([china]).get('513400')!.counties).toBeUndefined();
		const units = unitsOf([china, counties]);
		// 凉山彝族自治州: 2 cities and 15 counties (1 of them 木里藏族自治县).
		expect(units.get('513400')!.counties).toBe(17);
		expect(units.get('513431')!.counties).toBeUndefined();
	});

	it('is empty with no topology', () => {
		expect(unitsOf([undefined, null]).size).toBe(0);
	});
});
