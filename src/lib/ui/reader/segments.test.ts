import { describe, expect, it } from 'vitest';
import { documents } from '$lib/corpus/documents';
import { corpusData } from '$lib/corpus/corpusData';
import { loadGazetteer } from '$lib/gazetteer';
import { segmentsOf } from './segments';

describe('segmentsOf', () => {
	it('gives back every paragraph of every document exactly, with one run per mention', () => {
		const { mentions } = corpusData(documents, loadGazetteer());
		let runs = 0;
		for (const doc of documents) {
			for (const p of doc.paragraphs) {
				const own = mentions
					.filter((m) => m.doc_id === doc.id && m.paragraph === p.id)
					.map((m) => ({ start: m.start, end: m.end, place: m.place_id }));
				const segs = segmentsOf(p.text, own);
				expect(segs.map((s) => s.text).join('')).toBe(p.text);
				const placed = segs.filter((s) => s.place !== undefined);
				expect(placed.length).toBe(own.length);
				for (const s of placed) expect(own.some((m) => p.text.slice(m.start, m.end) === s.text)).toBe(true);
				runs += placed.length;
			}
		}
		expect(runs).toBeGreaterThan(50);
	});

	it('leaves overlapping, empty and out-of-range mentions as plain text', () => {
		const text = '四川凉山州和云南怒江州';
		const segs = segmentsOf(text, [
			{ start: 2, end: 5, place: 'liangshan' },
			{ start: 3, end: 6, place: 'overlap' },
			{ start: 6, end: 6, place: 'empty' },
			{ start: 9, end: 40, place: 'outside' },
			{ start: 0, end: 2, place: 'sichuan' }
		]);
		expect(segs.map((s) => s.text).join('')).toBe(text);
		expect(segs.filter((s) => s.place).map((s) => s.place)).toEqual(['sichuan', 'liangshan']);
	});

	it('keeps a paragraph with no mention whole', () => {
		expect(segmentsOf('没有地名。', [])).toEqual([{ text: '没有地名。' }]);
		expect(segmentsOf('', [])).toEqual([{ text: '' }]);
	});
});
