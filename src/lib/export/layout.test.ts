import { describe, it, expect } from 'vitest';
import type { Topology } from 'topojson-specification';
import { loadGazetteer, loadPovertyCounties } from '../gazetteer/load';
import { labelPointsOf } from '../corpus/labelPoints';
import { documents } from '../corpus/documents';
import { corpusData } from '../corpus/corpusData';
import china from '../../../geodata/china.topo.json';
import counties from '../../../geodata/counties.topo.json';
import { LAYER_IDS, DEFAULT_LAYERS, type LayerId } from '../state/types';
import { defaultState } from '../state/types';
import { buildAtlas } from '../explore/build-atlas';
import { legendGroups, selectionGroup } from '../explore/legend';
import { slideText } from './slideText';
import { slideLayout, SLIDE } from './layout';
import type { Rect, TextLine, SlideLayout } from './types';

const gazetteer = loadGazetteer();
const atlas = buildAtlas(
	gazetteer,
	loadPovertyCounties(),
	labelPointsOf(china as unknown as Topology, counties as unknown as Topology)
);
const { index } = corpusData(documents, gazetteer);
/** A stand-in for canvas measureText: Han characters one em, other characters 0.55 em (bold +5%). */
const measure = (s: string, size: number, bold?: boolean) =>
	[...s].reduce((w, c) => w + (/[\u2e80-\u9fff\uff00-\uffef（）《》，。；：]/u.test(c) ? 1 : 0.55), 0) *
	size *
	(bold ? 1.05 : 1);
const size = { width: 1920, height: 1080, scale: 1 };

function layoutFor(layers: readonly LayerId[], lang: 'zh' | 'en' = 'zh', place = true): SlideLayout {
	const state = { ...defaultState(), lang };
	const groups = legendGroups(layers, atlas, { lang, exitYear: null, breaks: [0, 3, 6, 9, 12] });
	if (place) groups.push(selectionGroup(lang, '凉山彝族自治州'));
	const text = slideText(index, state, place ? { name_zh: '凉山彝族自治州', name_en: 'Liangshan' } : null);
	return slideLayout(size, text, groups, measure, (n) => `另 ${n} 项未列出`);
}

const inside = (l: TextLine, r: Rect) =>
	l.x >= r.x &&
	l.x + measure(l.text, l.size, l.bold) <= r.x + r.width + 0.5 &&
	l.y >= r.y &&
	l.y + l.size * SLIDE.lineHeight <= r.y + r.height + 0.5;

describe('slideLayout', () => {
	for (const [name, layers] of [
		['default layers', DEFAULT_LAYERS],
		['every layer', LAYER_IDS],
		['the choropleth', ['choropleth'] as LayerId[]]
	] as const)
		for (const lang of ['zh', 'en'] as const)
			it(`keeps every part in its box (${name}, ${lang})`, () => {
				const L = layoutFor(layers, lang);
				// Bands, map and legend tile the slide without overlapping.
				expect(L.header.y).toBe(0);
				expect(L.map.y).toBe(L.header.height);
				expect(L.map.y + L.map.height).toBe(L.footer.y);
				expect(L.footer.y + L.footer.height).toBe(1080);
				expect(L.legend).toBeDefined();
				expect(L.map.x + L.map.width).toBeLessThanOrEqual(L.legend!.x);
				expect(L.legend!.x + L.legend!.width).toBe(1920);
				// The map keeps most of the slide.
				expect(L.map.width * L.map.height).toBeGreaterThan(0.5 * 1920 * 1080);
				for (const l of [...L.title, ...L.subtitle]) expect(inside(l, L.header), l.text).toBe(true);
				for (const l of L.footerLines) expect(inside(l, L.footer), l.text).toBe(true);
				for (const l of L.legendTitles) expect(inside(l, L.legend!), l.text).toBe(true);
				for (const p of L.legendItems) {
					expect(inside({ ...p.lines[0], text: '' }, L.legend!)).toBe(true);
					for (const l of p.lines) expect(inside(l, L.legend!), l.text).toBe(true);
					expect(p.swatch.x).toBeGreaterThanOrEqual(L.legend!.x);
					expect(p.swatch.y + p.swatch.height).toBeLessThanOrEqual(L.legend!.y + L.legend!.height);
				}
				// Readable from the back of a room: the smallest legend text stays ≥ 13 px, the title ≥ 40.
				expect(Math.min(...L.legendItems.flatMap((p) => p.lines.map((l) => l.size)))).toBeGreaterThanOrEqual(
					13
				);
				expect(L.title[0].size).toBeGreaterThanOrEqual(40);
			});

	it('lists every legend entry of the default layers, and says how many it left out when they cannot fit', () => {
		const groups = legendGroups(DEFAULT_LAYERS, atlas, { lang: 'zh', exitYear: null, breaks: [] });
		const L = layoutFor(DEFAULT_LAYERS, 'zh', false);
		expect(L.legendItems).toHaveLength(groups.reduce((n, g) => n + g.items.length, 0));
		const all = layoutFor(LAYER_IDS);
		const total = legendGroups(LAYER_IDS, atlas, { lang: 'zh', exitYear: null, breaks: [] }).reduce(
			(n, g) => n + g.items.length,
			1
		);
		const more = all.legendTitles.find((l) => /^另 \d+ 项未列出$/.test(l.text));
		if (all.legendItems.length < total)
			expect(Number(more?.text.match(/\d+/)?.[0])).toBe(total - all.legendItems.length);
		else expect(more).toBeUndefined();
	});

	for (const lang of ['zh', 'en'] as const)
		it(`cuts no legend label short when the legend fits (三区三州, the 14 areas, named places: ${lang})`, () => {
			const L = layoutFor(['sanqu', 'areas', 'named'], lang);
			const text = [...L.legendTitles, ...L.legendItems.flatMap((p) => p.lines)].map((l) => l.text);
			expect(text.filter((t) => t.endsWith('…'))).toEqual([]);
			// Every entry's label is there in full (joined across its lines).
			for (const p of L.legendItems) {
				const joined = p.lines.map((l) => l.text).join(lang === 'en' ? ' ' : '');
				expect(joined.replace(/\s+/g, ' ')).toContain(p.item.label.replace(/\s+/g, ' '));
			}
		});

	it('gives the whole width to the map when no layer is shown', () => {
		const L = layoutFor([], 'zh', false);
		expect(L.legend).toBeUndefined();
		expect(L.map.width).toBe(1920);
	});

	it('wraps a long title onto at most two lines', () => {
		const text = slideText(index, defaultState(), { name_zh: '很长的地名'.repeat(20), name_en: '' });
		const L = slideLayout(size, text, [], measure, String);
		expect(L.title).toHaveLength(2);
		expect(L.title[1].text.endsWith('…')).toBe(true);
	});
});
