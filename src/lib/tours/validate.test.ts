import { describe, expect, it } from 'vitest';
import { checkTourShape, validateTour } from './validate';
import { loadTours } from './load';
import type { TourContext } from './context';
import { documents } from '../corpus/documents';
import { corpusData } from '../corpus/corpusData';
import { loadGazetteer } from '../gazetteer/load';
import symposia from '../../content/tours/symposia.json';
import contiguous from '../../content/tours/contiguous-areas.json';
import sanqu from '../../content/tours/sanqu-sanzhou.json';

const gazetteer = loadGazetteer();
const ctx: TourContext = { documents, gazetteer, mentions: corpusData(documents, gazetteer).mentions };
const text = (doc: string, p: string) =>
	documents.find((d) => d.id === doc)!.paragraphs.find((x) => x.id === p)!.text;

/** A deep copy of a real tour with one change applied. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
type Json = any;
function bad(change: (t: Json) => void): unknown {
	const t = structuredClone(symposia) as Json;
	change(t);
	return t;
}
const messages = (raw: unknown) => validateTour(raw, ctx).issues.map((i) => `${i.path}: ${i.message}`);

describe('validateTour', () => {
	it('accepts a shipped tour', () => {
		expect(messages(symposia)).toEqual([]);
	});

	it('a caption may not state more than the data (issue 10 §4)', () => {
		// 吕梁山区 has no sourced county: it is shown through the provinces it spans, all of them.
		const lv = structuredClone(contiguous) as Json;
		const i = lv.stops.findIndex((s: Json) => s.highlight.includes('lvliangshan'));
		expect(messages(lv)).toEqual([]);
		lv.stops[i].highlight = ['lvliangshan', 'shanxi'];
		expect(messages(lv)).toContain(
			`stops[${i}].highlight: lvliangshan (吕梁山区) is drawn through its provinces: highlight all it spans (missing shaanxi)`
		);
		// The note names the provinces shown (a note copied from another stop fails).
		const d = structuredClone(contiguous) as Json;
		const k = d.stops.findIndex((s: Json) => s.highlight.includes('dianxi'));
		d.stops[k].note = d.stops[i].note;
		expect(messages(d)).toContain(
			`stops[${k}].note: dianxi (滇西边境山区) is shown through yunnan: the note must name it`
		);
		// 大小凉山彝区's extent is approximate: the note says so in both languages.
		const sq = structuredClone(sanqu) as Json;
		const j = sq.stops.findIndex((s: Json) => s.highlight.includes('daxiao_liangshan'));
		expect(messages(sq)).toEqual([]);
		sq.stops[j].note = {
			zh: '大小凉山彝区比凉山州略大；地图同时画出二者。',
			en: 'A little beyond the prefecture.'
		};
		expect(messages(sq)).toContain(
			`stops[${j}].note: daxiao_liangshan (大小凉山彝区) has an approximate extent: the note must say so (近似 / approximate)`
		);
	});

	it('rejects a non-object and missing fields, naming each path', () => {
		expect(checkTourShape([])).toEqual([
			{ path: '$', message: 'a tour must be a JSON object, got an array' }
		]);
		const m = messages({ id: 'x' });
		expect(m).toContain('title: must be an object { zh, en }, got undefined');
		expect(m).toContain('description: must be an object { zh, en }, got undefined');
		expect(m).toContain('stops: must be a non-empty array of stops, got undefined');
	});

	it('checks ids, language pairs and unknown fields', () => {
		expect(messages(bad((t) => (t.id = 'Bad Id')))[0]).toMatch(/^id: must be lowercase ASCII/);
		expect(messages(bad((t) => (t.id = 'place')))).toEqual([
			'id: "place" is reserved (it is a route under /present/)'
		]);
		expect(messages(bad((t) => delete t.title.en))).toEqual([
			'title.en: must be a non-empty string, got undefined'
		]);
		expect(messages(bad((t) => (t.stops[0].quote = '…')))).toEqual([
			'stops[0].quote: unknown field (allowed: title, camera, highlight, layers, passage, event, note)'
		]);
	});

	it('checks cameras and layers', () => {
		expect(messages(bad((t) => (t.stops[0].camera = { center: [10, 36], zoom: 6 })))).toEqual([
			"stops[0].camera.center: [10, 36] is outside China's view (lon 60–150, lat 0–60)"
		]);
		expect(messages(bad((t) => (t.stops[0].camera = { center: [109, 36], zoom: 20 })))).toEqual([
			'stops[0].camera.zoom: must be a number from 2 to 11, got number'
		]);
		expect(messages(bad((t) => (t.stops[1].camera = { fit: [] })))).toEqual([
			'stops[1].camera.fit: must be a non-empty array of place ids, got an array'
		]);
		expect(messages(bad((t) => (t.stops[0].layers = ['symposia', 'roads'])))[0]).toMatch(
			/^stops\[0\]\.layers\[1\]: unknown layer "roads" \(known: sanqu, areas/
		);
	});

	it('checks place and event references', () => {
		expect(messages(bad((t) => (t.stops[0].highlight = ['yanan', 'atlantis'])))).toEqual([
			'stops[0].highlight[1]: unknown place "atlantis" (not in the gazetteer)'
		]);
		expect(messages(bad((t) => (t.stops[1].camera = { fit: ['guiyang', 'dianxi'] })))).toEqual([
			'stops[1].camera.fit[1]: place "dianxi" (滇西边境山区) has nothing to draw (no codes, members or point)'
		]);
		expect(messages(bad((t) => (t.stops[0].event = 'symposium-9')))).toContain(
			'stops[0].event: unknown event "symposium-9"'
		);
	});

	it('checks the passage reference: document, paragraph, offsets', () => {
		expect(messages(bad((t) => (t.stops[0].passage.doc = 'nope')))).toEqual([
			'stops[0].passage.doc: unknown document "nope"'
		]);
		expect(messages(bad((t) => (t.stops[0].passage.paragraph = 'p999')))).toEqual([
			'stops[0].passage.paragraph: document "2017-06-23-taiyuan" has no paragraph "p999"'
		]);
		const len = text('2017-06-23-taiyuan', 'p4').length;
		expect(messages(bad((t) => (t.stops[0].passage.end = len + 1)))).toEqual([
			`stops[0].passage.end: ${len + 1} is past the end of 2017-06-23-taiyuan/p4 (${len} characters)`
		]);
		expect(messages(bad((t) => (t.stops[0].passage.start = t.stops[0].passage.end)))[0]).toMatch(
			/^stops\[0\]\.passage: start \(\d+\) must be less than end/
		);
		expect(messages(bad((t) => (t.stops[0].passage.start = -1)))).toEqual([
			'stops[0].passage.start: must be a whole number ≥ 0, got number'
		]);
	});

	it('rejects a quote cut inside a phrase', () => {
		// p4 begins 第一次是2015年2月13日，我在陕西延安…: offset 2 is inside 第一次.
		expect(messages(bad((t) => (t.stops[0].passage.start = 2)))).toEqual([
			'stops[0].passage.start: 2 is inside a phrase (quote would start “次是2015年2…”); start at the paragraph start or after punctuation'
		]);
		expect(messages(bad((t) => (t.stops[0].passage.end = 22)))[0]).toMatch(
			/^stops\[0\]\.passage\.end: 22 is inside a phrase/
		);
	});

	it('requires the quote to mention a highlighted place (or be spoken at the stop’s event)', () => {
		// Stop 1 quotes 延安; highlighting 贵阳 instead leaves the quote mentioning none.
		const m = messages(
			bad((t) => {
				t.stops[0].highlight = ['guiyang'];
				delete t.stops[0].event;
			})
		);
		expect(m).toEqual([
			'stops[0].passage: the quote “第一次是2015年2月13日，我在陕西延安主持召开陕甘宁革命…” mentions none of the highlighted places (guiyang)'
		]);
		// Stop 4 quotes the 2017 speech given at symposium-4 (太原) without naming 太原: allowed only with that event.
		expect(messages(bad((t) => delete t.stops[3].event))[0]).toMatch(
			/^stops\[3\]\.passage: the quote “今天这个座谈会/
		);
		expect(messages(bad((t) => (t.stops[3].event = 'symposium-3')))).toEqual([
			'stops[3].passage: the quote “今天这个座谈会，是我主持召开的第四个跨省区的脱贫攻坚座谈会。” mentions none of the highlighted places (taiyuan), and 2017-06-23-taiyuan was not given at symposium-3',
			'stops[3].highlight: should include the place of symposium-3 ("yinchuan")'
		]);
	});
});

describe('loadTours', () => {
	it('throws one error listing every problem with the file name, and checks id = file name', () => {
		const files = [
			{ file: 'symposia', raw: symposia },
			{ file: 'other', raw: symposia },
			{
				file: 'broken',
				raw: bad((t) => {
					t.id = 'broken';
					t.stops[0].passage.doc = 'nope';
				})
			}
		];
		expect(() => loadTours(files, ctx)).toThrowError(
			[
				'Invalid tours:',
				'src/content/tours/other.json: id: "symposia" does not match the file name "other.json"',
				'src/content/tours/other.json: id: "symposia" is also the id of symposia.json',
				'src/content/tours/broken.json: stops[0].passage.doc: unknown document "nope"'
			].join('\n')
		);
	});
});
