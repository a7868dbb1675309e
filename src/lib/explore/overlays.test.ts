import { describe, it, expect } from 'vitest';
import type { Topology } from 'topojson-specification';
import { loadGazetteer, loadPovertyCounties } from '../gazetteer/load';
import { labelPointsOf } from '../corpus/labelPoints';
import { bboxOf } from '../geo/bbox-of';
import chinaJson from '../../../geodata/china.topo.json';
import countiesJson from '../../../geodata/counties.topo.json';
import { buildAtlas } from './build-atlas';
import {
	sanquParts,
	povertyAreas,
	unexited52,
	poverty832,
	remainingAt,
	namedUnits,
	villagePoints,
	symposia
} from './overlays';

const china = chinaJson as unknown as Topology;
const counties = countiesJson as unknown as Topology;
const atlas = buildAtlas(loadGazetteer(), loadPovertyCounties(), labelPointsOf(china, counties));

describe('overlays', () => {
	it('sanquParts draws the six parts of 三区三州, each a non-empty union', () => {
		const parts = sanquParts(atlas, counties);
		expect(parts.features.map((f) => f.properties.name_zh).sort()).toEqual(
			['临夏州', '凉山州', '南疆四地州', '四省藏区', '怒江州', '西藏'].sort()
		);
		for (const f of parts.features) expect(bboxOf(f)).not.toBeNull();
		// 凉山州 lies around 101–104°E, 26–29.5°N.
		const [w, s, e, n] = bboxOf(parts.features.find((f) => f.properties.name_zh === '凉山州')!)!;
		expect(w).toBeGreaterThan(100);
		expect(e).toBeLessThan(104.5);
		expect(s).toBeGreaterThan(25.5);
		expect(n).toBeLessThan(30);
	});
	it('povertyAreas labels a partial area with its sourced and official counts', () => {
		const areas = povertyAreas(atlas, counties);
		const liupan = areas.features.find((f) => f.properties.place === 'liupanshan')!;
		const sourced = atlas.places.find((p) => p.id === 'liupanshan')!.members!.length;
		expect(liupan.properties.partial).toBe(true);
		expect(liupan.properties.label).toBe(`六盘山区（${sourced}/61）`);
		const tibet = areas.features.find((f) => f.properties.place === 'xizang_area')!;
		expect(tibet.properties.partial).toBe(false);
		// Areas with no sourced county are not drawn (no made-up outline).
		for (const f of areas.features)
			expect(f.geometry.type === 'MultiPolygon' && f.geometry.coordinates.length > 0).toBe(true);
	});
	it('the 52 counties and the 832 with their exit years', () => {
		expect(unexited52(atlas, counties).features.length).toBe(52);
		const all = poverty832(atlas, counties);
		expect(all.features.length).toBe(831);
		expect(
			all.features.every((f) => f.properties.exit_year! >= 2016 && f.properties.exit_year! <= 2020)
		).toBe(true);
	});
	it('remainingAt matches the 2020 speech: 52 left after 2019, 832 before any exit', () => {
		expect(remainingAt(atlas, 2014)).toBe(832);
		expect(remainingAt(atlas, 2019)).toBe(52);
		expect(remainingAt(atlas, 2020)).toBe(0);
		expect(832 - remainingAt(atlas, 2019)).toBe(780);
	});
	it('named units, villages and symposia', () => {
		const named = namedUnits(atlas, china, counties);
		expect(named.features.some((f) => f.properties.place === 'liangshan')).toBe(true);
		expect(named.features.some((f) => f.properties.place === 'fuping')).toBe(true);
		const villages = villagePoints(atlas);
		expect(villages.features.find((f) => f.properties.place === 'shibadong')?.properties.approximate).toBe(
			true
		);
		const { points, line } = symposia(atlas);
		expect(points.features.map((f) => f.properties.name)).toEqual([
			'延安',
			'贵阳',
			'银川',
			'太原',
			'成都',
			'重庆',
			'北京'
		]);
		expect(points.features.map((f) => f.properties.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(line.features[0].geometry.coordinates.length).toBe(7);
	});
});
