import { describe, it, expect } from 'vitest';
import type { Topology } from 'topojson-specification';
import { loadGazetteer, loadPovertyCounties } from '../gazetteer/load';
import { labelPointsOf } from '../corpus/labelPoints';
import china from '../../../geodata/china.topo.json';
import counties from '../../../geodata/counties.topo.json';
import { buildAtlas } from './build-atlas';
import { unitsOf } from './units';
import { legendGroups, legendInView, itemInView, type LegendItem } from './legend';
import type { BBox } from '../geo/types';

const topologies = [china as unknown as Topology, counties as unknown as Topology];
const atlas = buildAtlas(loadGazetteer(), loadPovertyCounties(), labelPointsOf(topologies[0], topologies[1]));
const units = unitsOf(topologies);
const boxOf = (c: string) => units.get(c)?.box;
const o = { lang: 'zh' as const, exitYear: null, breaks: [] };
const labels = (view: BBox | null, layer: 'areas' | 'sanqu') =>
	legendInView(legendGroups([layer], atlas, o), view, boxOf)[0].items.map((i) => i.label);

// Around 凉山 (the view the explore page frames it in, on a desktop screen).
const LIANGSHAN: BBox = [100.2, 26.0, 103.9, 29.4];

describe('what the legend lists in a view', () => {
	it('at 凉山: the areas drawn there, and none of those far away', () => {
		const areas = labels(LIANGSHAN, 'areas');
		expect(areas.length).toBeGreaterThan(0);
		expect(areas.length).toBeLessThan(legendGroups(['areas'], atlas, o)[0].items.length);
		// 乌蒙山区 reaches into 凉山; 大兴安岭南麓 and 燕山—太行山 are a continent away.
		expect(areas.some((l) => l.includes('乌蒙山'))).toBe(true);
		expect(areas.some((l) => l.includes('大兴安岭'))).toBe(false);
		expect(areas.some((l) => l.includes('燕山'))).toBe(false);
		const sanqu = labels(LIANGSHAN, 'sanqu');
		expect(sanqu.some((l) => l.includes('凉山'))).toBe(true);
		expect(sanqu.some((l) => l.includes('南疆'))).toBe(false);
	});

	it('of the whole country: every area drawn; no view yet: the same (nothing moves when the map arrives)', () => {
		const all = legendGroups(['areas'], atlas, o)[0].items;
		const drawn = all.filter((i) => !i.undrawn);
		expect(labels([70, 15, 140, 55], 'areas')).toEqual(drawn.map((i) => i.label));
		expect(labels(null, 'areas')).toEqual(drawn.map((i) => i.label));
		expect(drawn.length).toBeLessThan(all.length);
	});

	it('lists villages only where one is drawn', () => {
		const villages = (view: BBox) =>
			legendInView(legendGroups(['villages'], atlas, o), view, boxOf)[0].items.map((i) => i.swatch);
		const village = atlas.places.find((p) => p.kind === 'village' && p.point)!;
		const [x, y] = village.point!;
		expect(villages([x - 0.1, y - 0.1, x + 0.1, y + 0.1])).toContain(
			village.approximate ? 'hollow-dot' : 'dot'
		);
		// The open sea east of Taiwan: no village.
		expect(villages([123, 20, 125, 22])).toEqual([]);
	});

	it('an entry for a whole layer is always in view; one of unknown boxes is kept until they load', () => {
		const whole: LegendItem = { swatch: 'outline', label: 'named' };
		expect(itemInView(whole, [0, 0, 1, 1], boxOf)).toBe(true);
		expect(itemInView({ ...whole, units: ['999999'] }, [0, 0, 1, 1], boxOf)).toBe(true);
		expect(itemInView({ ...whole, units: [] }, [0, 0, 1, 1], boxOf)).toBe(false);
	});
});
