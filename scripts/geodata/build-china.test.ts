import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildChina } from './build-china';
import { TINY_OPTIONS } from './fixtures/tiny-options';
import type { ChinaSource } from './types';

const fixture = (name: string) =>
	JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

describe('buildChina', () => {
	it('builds the golden output from two hand-made counties', () => {
		const out = buildChina(fixture('tiny-source.json') as ChinaSource, TINY_OPTIONS);
		const expected = fixture('tiny-expected.json');
		expect(JSON.parse(JSON.stringify({ china: out.china, counties: out.counties }))).toEqual(expected);
	});

	it('makes neighbours share one arc and merges them into one province ring', () => {
		const { china, counties } = buildChina(fixture('tiny-source.json') as ChinaSource, TINY_OPTIONS);
		const [a, b] = counties.objects.counties.geometries as Array<{ arcs: number[][][] }>;
		const arcsA = a.arcs.flat(2).map((i) => (i < 0 ? ~i : i));
		const arcsB = b.arcs.flat(2).map((i) => (i < 0 ? ~i : i));
		expect(arcsA.filter((i) => arcsB.includes(i))).toHaveLength(1);
		const [province] = china.objects.provinces.geometries as Array<{ arcs: number[][][] }>;
		expect(province.arcs).toHaveLength(1);
		expect(province.arcs[0]).toHaveLength(1);
	});

	it('fails loudly when a county code does not start with its province digits', () => {
		const source = fixture('tiny-source.json') as ChinaSource;
		source.counties[0].code = '523431';
		expect(() => buildChina(source, TINY_OPTIONS)).toThrow(/does not start with its province's digits/);
	});

	it('fails loudly when a prefecture has no county', () => {
		const source = fixture('tiny-source.json') as ChinaSource;
		source.prefectures.push({ ...source.prefectures[0], code: '513300', full_name: '甘孜藏族自治州' });
		expect(() => buildChina(source, TINY_OPTIONS)).toThrow(/513300 甘孜藏族自治州: no county-level unit/);
	});
});
