import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import type { Topology } from 'topojson-specification';
import { createExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import chinaJson from '../../../geodata/china.topo.json';
import countiesJson from '../../../geodata/counties.topo.json';
import { loadGazetteer, loadPovertyCounties } from '../gazetteer/load';
import { labelPointsOf } from '../corpus/labelPoints';
import { buildAtlas } from './build-atlas';
import { LABEL_LAYERS, OVERLAY_LAYERS, insertBefore, localizedTextField } from './layers';
import {
	labelsOf,
	namedLabels,
	namedUnits,
	povertyAreas,
	sanquParts,
	symposia,
	villagePoints
} from './overlays';

const china = chinaJson as unknown as Topology;
const counties = countiesJson as unknown as Topology;
const atlas = buildAtlas(loadGazetteer(), loadPovertyCounties(), labelPointsOf(china, counties));
const CJK = /[\u3400-\u9fff]/;

/** The features each label layer draws, built as the explore map builds them. */
const LAYER_FEATURES: Record<string, Feature[]> = {
	'sanqu-label': labelsOf(sanquParts(atlas, counties)).features,
	'areas-label': labelsOf(povertyAreas(atlas, counties)).features,
	'named-label': namedLabels(namedUnits(atlas, china, counties)).features,
	'villages-label': villagePoints(atlas).features,
	'villages-marker': villagePoints(atlas).features,
	'symposia-label': symposia(atlas).points.features,
	'symposia-number': symposia(atlas).points.features
};

function textOf(field: unknown, f: Feature): string {
	const e = createExpression(field, latest.layout_symbol['text-field'] as never);
	if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
	const v = e.value.evaluate({ zoom: 6 }, {
		type: 'Point',
		properties: f.properties ?? {}
	} as never) as unknown;
	return typeof v === 'string' ? v : String((v as { toString(): string }).toString());
}

describe('localizedTextField', () => {
	it('covers every overlay label layer that reads a place name', () => {
		const ids = LABEL_LAYERS.map((l) => l.id);
		expect(ids).toEqual(
			expect.arrayContaining([
				'sanqu-label',
				'areas-label',
				'named-label',
				'villages-label',
				'symposia-label'
			])
		);
		// The symposium numbers are digits in both languages.
		expect(localizedTextField(LABEL_LAYERS.find((l) => l.id === 'symposia-number')!.textField, 'en')).toEqual(
			['to-string', ['get', 'number']]
		);
	});

	it('in English gives every label of the real data in English, without Chinese; in Chinese, Chinese', () => {
		let n = 0;
		const sameInBoth: string[] = [];
		for (const { id, textField } of LABEL_LAYERS) {
			const features = LAYER_FEATURES[id];
			// Digits and marker glyphs are the same in both languages; nothing else may be.
			if (JSON.stringify(localizedTextField(textField, 'en')) === JSON.stringify(textField)) {
				sameInBoth.push(id);
				continue;
			}
			expect(features?.length, id).toBeGreaterThan(0);
			for (const f of features) {
				const en = textOf(localizedTextField(textField, 'en'), f);
				const zh = textOf(localizedTextField(textField, 'zh'), f);
				expect(en.trim(), `${id} ${zh}`).toMatch(/[A-Za-z]/);
				expect(CJK.test(en), `${id} ${en}`).toBe(false);
				expect(CJK.test(zh), `${id} ${zh}`).toBe(true);
				n++;
			}
		}
		expect(n).toBeGreaterThan(30);
		expect(sameInBoth.sort()).toEqual(['symposia-number', 'villages-marker']);
	});

	it('names places as the gazetteer does, short forms for the parts of 三区三州 and the symposia', () => {
		const texts = (id: string) => {
			const layer = LABEL_LAYERS.find((l) => l.id === id)!;
			return LAYER_FEATURES[id].map((f) => textOf(localizedTextField(layer.textField, 'en'), f));
		};
		expect(texts('sanqu-label')).toContain('Liangshan');
		expect(texts('named-label')).toContain('Liangshan Yi Autonomous Prefecture');
		expect(texts('villages-label')).toContain('Shibadong Village');
		expect(texts('symposia-label')).toContain("Yan'an 2015");
		// Area labels take the short form of the same row (names_en.json): Wumeng Mountains Area → Wumeng Mountains.
		expect(texts('areas-label').some((t) => t.startsWith('Wumeng Mountains ('))).toBe(true);
		expect(texts('areas-label').some((t) => t.startsWith('Wumeng Mountains Area'))).toBe(false);
	});
});

describe('overlay layers added as their sources come', () => {
	/** A map's layer list: the base layers the overlays go under, then layers added before an id. */
	function addInOrder(order: number[]): string[] {
		const stack = ['world-fill', 'county-line', 'province-line', 'province-label'];
		for (const i of order) {
			const before = insertBefore(i, (id) => stack.includes(id));
			stack.splice(before === undefined ? stack.length : stack.indexOf(before), 0, OVERLAY_LAYERS[i].spec.id);
		}
		return stack;
	}
	const all = OVERLAY_LAYERS.map((_, i) => i);

	it('end in the order of OVERLAY_LAYERS, each under its base layer, whatever order they come in', () => {
		const together = addInOrder(all);
		// The first view's layers first (their sources have data), the rest later, in other orders.
		const firstView = new Set(['regions', 'named', 'villages', 'symposia'].map((k) => `ov-${k}`));
		const sourceOf = (i: number) => (OVERLAY_LAYERS[i].spec as { source?: string }).source ?? '';
		const now = all.filter((i) => firstView.has(sourceOf(i)));
		const later = all.filter((i) => !now.includes(i));
		expect(later.length).toBeGreaterThan(3);
		expect(addInOrder([...now, ...later])).toEqual(together);
		expect(addInOrder([...now, ...later.reverse()])).toEqual(together);
		expect(addInOrder([...all].reverse())).toEqual(together);
		for (const { spec, below } of OVERLAY_LAYERS) {
			const at = together.indexOf(spec.id);
			if (below) expect(at, spec.id).toBeLessThan(together.indexOf(below));
			else expect(at, spec.id).toBeGreaterThan(together.indexOf('province-label'));
		}
		// Under each base layer, the overlays in the order of OVERLAY_LAYERS.
		for (const below of new Set(OVERLAY_LAYERS.map((l) => l.below))) {
			const group = OVERLAY_LAYERS.filter((l) => l.below === below).map((l) => l.spec.id);
			expect(together.filter((id) => group.includes(id))).toEqual(group);
		}
	});
});
