import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../gazetteer/types';
import type { SpeechDocument } from './types';
import { findMentions } from './matcher';
import { buildPassageIndex, passagesForPlace } from './passages';
import fixture from './fixtures/matcher/gazetteer.json';

const gazetteer = fixture as unknown as Gazetteer;
const doc: SpeechDocument = {
	schema: 1,
	id: 'fixture',
	title: 'fixture',
	date: '2017-06-23',
	kind: 'speech',
	source: 'fixture',
	sections: [{ id: 's0', heading: null }],
	paragraphs: [
		{
			id: 'p1',
			section: 's0',
			text: '　　2012年12月底，我就到河北保定市阜平县就扶贫攻坚工作进行考察调研。后来又去了别处看看。'
		},
		{
			id: 'p2',
			section: 's0',
			text: '四川凉山州的情况很特殊，需要研究解决。凉山州的干部很辛苦，凉山州的群众很支持。'
		},
		{
			id: 'p3',
			section: 's0',
			text: '四川的经验值得总结。'
		}
	]
};

describe('buildPassageIndex on the fixture gazetteer', () => {
	const mentions = findMentions(doc, gazetteer);
	const index = buildPassageIndex([doc], gazetteer, mentions);

	it('buildPassageIndex stores exact excerpts with mention offsets inside them', () => {
		for (const p of index.passages) {
			const para = doc.paragraphs.find((x) => x.id === p.paragraph)!;
			expect(para.text.slice(p.start, p.end)).toBe(p.text);
		}
		for (const [id, entry] of Object.entries(index.places)) {
			for (const ref of entry.direct) {
				const text = index.passages[ref.passage].text;
				for (const [s, e] of ref.mentions) {
					const surface = text.slice(s, e);
					expect(mentions.some((m) => m.place_id === id && m.surface === surface)).toBe(true);
				}
			}
		}
	});

	it('buildPassageIndex records the event year when it differs from the document date', () => {
		const ref = index.places.fuping.direct[0];
		expect(ref.year).toBe(2012);
		expect(index.passages[ref.passage].text).toBe(
			'2012年12月底，我就到河北保定市阜平县就扶贫攻坚工作进行考察调研。'
		);
	});

	it('passagesForPlace gives a county the passages of its prefecture, marked via it', () => {
		const list = passagesForPlace(index, 'zhaojue');
		// the first sentence is short, so the excerpt takes the next one too: one passage
		expect(list.length).toBe(1);
		expect(list.every((r) => r.via === 'liangshan')).toBe(true);
		// 四川 in 四川凉山州 is 凉山州's qualifier; 四川 named on its own (p3) reaches the county only when asked.
		const withProvince = passagesForPlace(index, 'zhaojue', { provinces: true });
		expect(withProvince.map((r) => [index.passages[r.passage].paragraph, r.via])).toEqual([
			['p2', 'liangshan'],
			['p3', 'sichuan']
		]);
		expect(index.places.zhaojue.via).toEqual(['liangshan']);
		// The province's own passages are kept apart: they reach the county only when asked.
		expect(index.places.zhaojue.provinces).toEqual(['sichuan']);
		// three mentions of 凉山 in one excerpt are one passage with three offsets
		expect(index.places.liangshan.direct.map((r) => r.mentions)).toEqual([
			[
				[2, 5],
				[19, 22],
				[29, 32]
			]
		]);
		expect(index.places.sichuan.direct.map((r) => index.passages[r.passage].paragraph)).toEqual(['p3']);
	});

	it('passagesForPlace does not repeat a passage that names both the place and its region', () => {
		const list = passagesForPlace(index, 'fuping');
		expect(list.length).toBe(1);
		expect(list[0].via).toBeUndefined();
	});
});
