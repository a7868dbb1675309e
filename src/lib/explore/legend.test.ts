import { describe, it, expect } from 'vitest';
import type { Topology } from 'topojson-specification';
import { loadGazetteer, loadPovertyCounties } from '../gazetteer/load';
import { labelPointsOf } from '../corpus/labelPoints';
import china from '../../../geodata/china.topo.json';
import counties from '../../../geodata/counties.topo.json';
import { LAYER_IDS } from '../state/types';
import { buildAtlas } from './build-atlas';
import { povertyAreas, sanquParts } from './overlays';
import { AREA_COLOURS, SANQU_COLOURS, EXIT_YEAR_COLOURS } from './palette';
import { legendGroups, legendItems, choroplethLabels, legendAtlas } from './legend';

const atlas = buildAtlas(
	loadGazetteer(),
	loadPovertyCounties(),
	labelPointsOf(china as unknown as Topology, counties as unknown as Topology)
);
const o = { lang: 'zh' as const, exitYear: null, breaks: [0, 3, 6, 9, 12] };

describe('legendGroups', () => {
	it('has a group for each visible layer, in the layer order', () => {
		expect(legendGroups(['villages', 'sanqu'], atlas, o).map((g) => g.layer)).toEqual(['sanqu', 'villages']);
		const all = legendGroups(LAYER_IDS, atlas, o);
		expect(all.map((g) => g.layer)).toEqual([...LAYER_IDS]);
		for (const g of all) expect(g.items.length, g.layer).toBeGreaterThan(0);
		expect(legendGroups([], atlas, o)).toEqual([]);
	});

	it('is the same from the part of the atlas the prerendered page carries (legendAtlas)', () => {
		const part = legendAtlas(atlas);
		expect(part.places.length).toBeLessThan(atlas.places.length);
		for (const lang of ['zh', 'en'] as const)
			expect(legendGroups(LAYER_IDS, part, { ...o, lang })).toEqual(
				legendGroups(LAYER_IDS, atlas, { ...o, lang })
			);
	});
});

describe('legendItems', () => {
	it('gives the 三区三州 parts and the areas the colours the map draws them in', () => {
		const topo = counties as unknown as Topology;
		const parts = sanquParts(atlas, topo).features;
		const sanqu = legendItems('sanqu', atlas, o);
		expect(sanqu).toHaveLength(parts.length);
		for (const f of parts) {
			const item = sanqu[f.properties.slot];
			expect(item.colour).toBe(SANQU_COLOURS[f.properties.slot % SANQU_COLOURS.length]);
			expect(f.properties.name_zh).toContain(item.label);
		}
		const drawn = povertyAreas(atlas, topo).features;
		const areas = legendItems('areas', atlas, o);
		expect(areas.length).toBe(atlas.places.filter((p) => p.kind === 'poverty-area').length);
		for (const f of drawn) {
			const item = areas[f.properties.slot];
			expect(item.colour).toBe(AREA_COLOURS[f.properties.slot % AREA_COLOURS.length]);
			expect(item.swatch).toBe(f.properties.partial ? 'dashed' : 'outline');
			expect(!!item.note).toBe(f.properties.partial);
		}
		expect(areas.filter((i) => i.undrawn)).toHaveLength(areas.length - drawn.length);
	});

	it('lists the exit years up to the slider year', () => {
		const at2018 = legendItems('poverty832', atlas, { ...o, exitYear: 2018 });
		expect(at2018.map((i) => i.label)).toEqual(['未摘帽', '2016年摘帽', '2017年摘帽', '2018年摘帽']);
		expect(legendItems('poverty832', atlas, o)).toHaveLength(1 + Object.keys(EXIT_YEAR_COLOURS).length);
	});
});

describe('choroplethLabels', () => {
	it('labels the classes from the breaks', () => {
		expect(choroplethLabels([0, 3, 6, 9, 12])).toEqual(['0', '1–3', '4–6', '7–9', '10–12']);
		expect(choroplethLabels([])).toEqual(['0', '', '', '', '']);
		expect(choroplethLabels([0, 3, 4, 6, 7])).toEqual(['0', '1–3', '4', '5–6', '7']);
	});
});
