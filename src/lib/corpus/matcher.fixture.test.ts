import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../gazetteer/types';
import type { SpeechDocument } from './types';
import { findMentions } from './matcher';
import fixture from './fixtures/matcher/gazetteer.json';

const gazetteer = fixture as unknown as Gazetteer;

function doc(...texts: string[]): SpeechDocument {
	return {
		schema: 1,
		id: 'fixture',
		title: 'fixture',
		date: '2017-06-23',
		kind: 'speech',
		source: 'fixture',
		sections: [{ id: 's0', heading: null }],
		paragraphs: texts.map((text, i) => ({ id: `p${i + 1}`, section: 's0', text }))
	};
}

const brief = (text: string) =>
	findMentions(doc(text), gazetteer).map((m) => [m.surface, m.place_id, m.start, m.end, m.via ?? '']);

describe('findMentions on the fixture gazetteer', () => {
	it('findMentions splits a qualified form into each place with its own offsets; the province is only its qualifier', () => {
		expect(brief('我就到河北保定市阜平县就扶贫')).toEqual([
			['保定市', 'baoding', 5, 8, 'qualified'],
			['阜平县', 'fuping', 8, 11, 'qualified']
		]);
	});
	it('findMentions splits a qualified alias (四川凉山) and prefers the longest name (凉山州)', () => {
		expect(brief('四川凉山、四川凉山州')).toEqual([
			['凉山', 'liangshan', 2, 4, 'qualified'],
			['凉山州', 'liangshan', 7, 10, 'qualified']
		]);
		// The province named on its own is a mention of the province.
		expect(brief('四川、凉山州')).toEqual([
			['四川', 'sichuan', 0, 2, 'enumeration'],
			['凉山州', 'liangshan', 3, 6, 'enumeration']
		]);
	});
	it('findMentions yields one mention per enumerated place and reads 省区 as provinces', () => {
		expect(brief('请了山西、云南、西藏5个省区')).toEqual([
			['山西', 'shanxi', 2, 4, 'enumeration'],
			['云南', 'yunnan', 5, 7, 'enumeration'],
			['西藏', 'xizang', 8, 10, 'enumeration']
		]);
	});
	it('findMentions settles an ambiguous name by the kind of its enumerated neighbours', () => {
		expect(brief('西藏和四省藏区等地区')).toEqual([
			['西藏', 'area-xizang', 0, 2, 'enumeration'],
			['四省藏区', 'sisheng-zangqu', 3, 7, 'enumeration']
		]);
	});
	it('findMentions skips datelines and stopwords', () => {
		expect(brief('（新华社北京3月6日电）')).toEqual([]);
		expect(brief('北京时间上午')).toEqual([]);
		expect(brief('在北京召开')).toEqual([['北京', 'beijing', 1, 3, '']]);
	});
	it('findMentions reads 中西部 as a broad term, not 西部', () => {
		expect(brief('中西部22个省份')).toEqual([]);
		expect(brief('西部地区')).toEqual([['西部', 'xibu', 0, 2, '']]);
	});
	it('findMentions reads 吕梁山区 as the area and 吕梁 alone as the prefecture', () => {
		expect(brief('这次到吕梁山区后')).toEqual([['吕梁山区', 'lvliangshan', 3, 7, '']]);
		expect(brief('吕梁的干部')).toEqual([['吕梁', 'lvliang', 0, 2, '']]);
	});
	it('findMentions lets a province qualify an area spanning it, across a full-width hyphen', () => {
		expect(brief('山西吕梁山区、燕山－太行山区2个')).toEqual([
			['山西', 'shanxi', 0, 2, 'qualified'],
			['吕梁山区', 'lvliangshan', 2, 6, 'qualified'],
			['燕山－太行山区', 'yanshan-taihang', 7, 14, 'enumeration']
		]);
	});
	it('findMentions chains a county and its village', () => {
		expect(brief('我在岢岚县赵家洼村看望')).toEqual([
			['岢岚县', 'kelan', 2, 5, 'qualified'],
			['赵家洼村', 'zhaojiawa', 5, 9, 'qualified']
		]);
	});
	it('findMentions gives doc id, paragraph id and offsets that slice back to the surface', () => {
		const d = doc('甲', '到河北、保定');
		const ms = findMentions(d, gazetteer);
		expect(ms.map((m) => [m.doc_id, m.paragraph])).toEqual([
			['fixture', 'p2'],
			['fixture', 'p2']
		]);
		for (const m of ms) expect(d.paragraphs[1].text.slice(m.start, m.end)).toBe(m.surface);
	});
});
