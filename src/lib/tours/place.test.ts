import { describe, expect, it } from 'vitest';
import { placePresentData } from './place';
import { buildAtlas } from '../explore/build-atlas';
import { documents } from '../corpus/documents';
import { corpusData } from '../corpus/corpusData';
import { loadGazetteer, loadPovertyCounties } from '../gazetteer/load';
import { labelPointsOf } from '../corpus/labelPoints';
import type { Topology } from 'topojson-specification';
import china from '../../../geodata/china.topo.json';

const gazetteer = loadGazetteer();
const atlas = buildAtlas(gazetteer, loadPovertyCounties(), labelPointsOf(china as unknown as Topology));
const { index } = corpusData(documents, gazetteer);
const paragraph = (doc: string, p: string) =>
	documents.find((d) => d.id === doc)!.paragraphs.find((x) => x.id === p)!.text;

describe('placePresentData', () => {
	it('makes a stop per passage naming 凉山州, quoting the text exactly, with the mention marked', () => {
		const data = placePresentData(atlas, index, 'liangshan')!;
		expect(data.stops.length).toBeGreaterThan(0);
		for (const s of data.stops) {
			expect(s.quote).toBe(
				paragraph(s.passage.doc, s.passage.paragraph).slice(s.passage.start, s.passage.end)
			);
			// A passage naming 凉山 marks it; one reached through a containing region marks that region.
			// Through 三区三州 as a whole, the mark is that name.
			const marked = !s.note
				? /凉山/
				: ({
						'经由“四川省”': /四川/,
						'经由“大小凉山彝区”': /凉山/,
						'经由“三区三州”': /三区三州/
					}[s.note.zh] ?? /^$/);
			for (const [a, b] of s.marks) expect(s.quote.slice(a, b)).toMatch(marked);
		}
		expect(data.stops.filter((s) => !s.note).length).toBeGreaterThan(0);
		// 四川凉山 in the 2017 list of 三区三州 names 凉山 itself.
		expect(data.stops.some((s) => !s.note && s.quote.includes('四川凉山、云南怒江'))).toBe(true);
		expect(data.places.liangshan.codes).toEqual(['513400']);
	});

	it('draws an area by its member counties and says when the list is partial', () => {
		const data = placePresentData(atlas, index, 'wumengshan')!;
		const place = gazetteer.places.find((p) => p.id === 'wumengshan')!;
		expect(data.places.wumengshan.codes).toEqual(place.members);
		expect(data.places.wumengshan.partial).toEqual({ drawn: place.members!.length, official: 38 });
	});

	it('notes passages reached through a containing region, and returns null for an unknown id', () => {
		// 岢岚县 is named once (赵家洼村 is there) and inherits the 832 group's passages; 山西's own
		// passages are about the province and stay out, as in the popup by default.
		const data = placePresentData(atlas, index, 'kelan')!;
		expect(data.stops.some((s) => !s.note)).toBe(true);
		expect(data.stops.some((s) => s.note?.zh === '经由“832个贫困县”')).toBe(true);
		expect(data.stops.some((s) => s.note?.zh === '经由“山西省”')).toBe(false);
		expect(placePresentData(atlas, index, 'no-such-place')).toBeNull();
	});
});
