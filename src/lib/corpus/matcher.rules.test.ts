/**
 * The gazetteer README's rules on which words name which place (general words, names inside
 * compounds, provinces written as qualifiers), checked sentence by sentence on the real texts,
 * and a scan of both texts for any mention whose place has a kind its text does not support.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/load';
import type { Mention } from '../gazetteer/types';
import { documents } from './documents';
import { findMentions } from './matcher';
import { splitSentences } from './sentences';

const gazetteer = loadGazetteer();
const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
const T17 = '2017-06-23-taiyuan';
const T20 = '2020-03-06-beijing';
const mentions = new Map(documents.map((d) => [d.id, findMentions(d, gazetteer)]));

/** [doc, paragraph, the sentence (a substring of it), surface, nth occurrence in the sentence, place or null] */
type Row = [string, string, string, string, number, string | null];

const ROWS: Row[] = [
	// General words stay general (2017 ¶4: the region is named once, then 老区 in general).
	[T17, 'p4', '我在陕西延安主持召开陕甘宁革命老区脱贫致富座谈会。', '陕甘宁革命老区', 1, 'shanganning'],
	[T17, 'p4', '没有老区的全面小康，没有老区贫困人口脱贫致富', '老区', 1, 'geming_laoqu'],
	[T17, 'p4', '没有老区的全面小康，没有老区贫困人口脱贫致富', '老区', 2, 'geming_laoqu'],
	[T17, 'p4', '把老区发展和老区人民生活改善时刻放在心上', '老区', 1, 'geming_laoqu'],
	[T17, 'p4', '确保老区人民同全国人民一道进入全面小康社会。', '老区', 1, 'geming_laoqu'],
	[T20, 'p4', '2015年在延安召开革命老区脱贫致富座谈会', '革命老区', 1, 'geming_laoqu'],
	[T17, 'p6', '西部地区特别是民族地区、边疆地区、革命老区、集中连片特困地区', '革命老区', 1, 'geming_laoqu'],
	[T17, 'p6', '西部地区特别是民族地区、边疆地区、革命老区、集中连片特困地区', '民族地区', 1, 'minzu_diqu'],
	[
		T17,
		'p6',
		'西部地区特别是民族地区、边疆地区、革命老区、集中连片特困地区',
		'边疆地区',
		1,
		'bianjiang_diqu'
	],
	[T17, 'p19', '有革命老区县55个', '革命老区', 1, 'geming_laoqu'],
	[T17, 'p1', '今天，我们召开一个深度贫困地区脱贫攻坚座谈会', '贫困地区', 1, null],
	// Names inside compounds (2017 ¶26): the sentence names 川西北高原藏区, its programmes follow.
	[T17, 'p26', '藏区六项民生工程行动计划', '藏区', 1, 'chuanxibei_zangqu'],
	[T17, 'p26', '推进彝家新寨、藏区新居、乌蒙新村、扶贫新村建设', '藏区', 1, 'chuanxibei_zangqu'],
	[T17, 'p26', '川西北高原藏区整体深度贫困地区', '川西北高原藏区', 1, 'chuanxibei_zangqu'],
	// 乌蒙新村: the sentence names no part of the 乌蒙山区, so nothing ties 乌蒙 to it (stopword).
	[T17, 'p26', '推进彝家新寨、藏区新居、乌蒙新村、扶贫新村建设', '乌蒙', 1, null],
	// 彝家新寨: 彝家 (Yi households) is no place name.
	[T17, 'p26', '推进彝家新寨、藏区新居、乌蒙新村、扶贫新村建设', '彝家', 1, null],
	[T17, 'p26', '大小凉山彝区扶贫规划和方案', '大小凉山彝区', 1, 'daxiao_liangshan'],
	[T17, 'p26', '阿坝州扶贫开发和综合防治大骨节病方案', '阿坝州', 1, 'aba'],
	[T17, 'p27', '提倡“滴水穿石”的闽东精神', '闽东', 1, 'mindong'],
	// A region is not a prefecture: 闽东北地区 is its own place (no 宁德 code; checked below).
	[T17, 'p13', '我当时工作的宁德地区就属于18片中的闽东北地区', '闽东北地区', 1, 'mindongbei'],
	[T17, 'p13', '我当时工作的宁德地区就属于18片中的闽东北地区', '宁德地区', 1, 'ningde_diqu'],
	// A province written as the qualifier of a county or prefecture is not a mention of it.
	[T17, 'p8', '陕西山阳县', '陕西', 1, null],
	[T17, 'p8', '陕西山阳县', '山阳县', 1, 'shanyang'],
	[T17, 'p4', '我在陕西延安主持召开', '陕西', 1, null],
	[T17, 'p4', '我在陕西延安主持召开', '延安', 1, 'yanan'],
	[T17, 'p8', '四川凉山州', '四川', 1, null],
	[T17, 'p15', '四川凉山、云南怒江、甘肃临夏', '云南', 1, null],
	[T17, 'p15', '四川凉山、云南怒江、甘肃临夏', '怒江', 1, 'sanzhou_nujiang'],
	[T17, 'p35', '我在福建宁德工作时', '福建', 1, null],
	// … but a province named on its own, or qualifying an area that spans several, is.
	[T17, 'p8', '请了山西、云南、西藏、青海、新疆5个省区', '云南', 1, 'yunnan'],
	[T17, 'p8', '以及山西吕梁山区、燕山－太行山区', '山西', 1, 'shanxi'],
	[T17, 'p26', '四川针对大小凉山彝区', '四川', 1, 'sichuan'],
	[T17, 'p16', '河北省', '河北省', 1, 'hebei']
];

function find(doc: string, para: string, sentence: string, surface: string, nth: number): [number, number] {
	const text = documents.find((d) => d.id === doc)!.paragraphs.find((p) => p.id === para)!.text;
	const at = text.indexOf(sentence);
	expect(at, `${doc} ${para}: “${sentence}”`).toBeGreaterThanOrEqual(0);
	let i = at - 1;
	for (let k = 0; k < nth; k++) i = text.indexOf(surface, i + 1);
	expect(i >= at && i + surface.length <= at + sentence.length, `${surface}#${nth} in “${sentence}”`).toBe(
		true
	);
	return [i, i + surface.length];
}

describe('matcher rules (gazetteer README): which words name which place', () => {
	for (const [doc, para, sentence, surface, nth, place] of ROWS) {
		it(`${para} “${sentence}”: ${surface}#${nth} → ${place ?? 'no place'}`, () => {
			const [start, end] = find(doc, para, sentence, surface, nth);
			const here = mentions.get(doc)!.filter((m) => m.paragraph === para && m.start < end && m.end > start);
			if (place === null) expect(here).toEqual([]);
			else {
				expect(here.map((m) => [m.start, m.end, m.place_id])).toEqual([[start, end, place]]);
			}
		});
	}

	it('a region that is not a prefecture does not carry the prefecture code (闽东, 闽东北地区)', () => {
		for (const id of ['mindong', 'mindongbei']) {
			const p = byId.get(id)!;
			expect(p.codes ?? []).toEqual([]);
			// still drawn: by its member counties (宁德's nine units, approximate)
			expect(p.members?.length).toBe(9);
			expect(p.approximate).toBe(true);
		}
	});
});

/**
 * What the text supports for a mention: the kinds of the places its surface names in the gazetteer
 * (the candidates of that name), or — for a general word tied by its sentence (via 'context') —
 * the kind of the one place of that sentence whose name ends with the word.
 */
function unsupported(doc: string, m: Mention): string | null {
	const place = byId.get(m.place_id)!;
	const text = documents.find((d) => d.id === doc)!.paragraphs.find((p) => p.id === m.paragraph)!.text;
	// The places the written form stands for: those with this name or alias, the candidates the
	// gazetteer's ambiguous list gives it, and those of a longer form it closes (四川凉山 → 凉山).
	const written = (n: string) => n.endsWith(m.surface) && text.slice(m.end - n.length, m.end) === n;
	const candidates = gazetteer.places.filter(
		(p) =>
			[p.name_zh, ...p.aliases].some(written) ||
			gazetteer.ambiguous.some((a) => written(a.surface) && a.candidates.includes(p.id))
	);
	const own = candidates.filter((p) => [p.name_zh, ...p.aliases].includes(m.surface));
	if (m.via === 'context') {
		const s = splitSentences(text).find((x) => x.start <= m.start && m.start < x.end)!;
		const sentence = text.slice(s.start, s.end);
		const full = [place.name_zh, ...place.aliases].filter((n) => n.endsWith(m.surface) && n !== m.surface);
		if (!full.some((n) => sentence.includes(n)))
			return `${m.surface} → ${place.id}: the sentence does not name ${place.name_zh}`;
		if (!own.every((c) => c.kind === 'broad')) return `${m.surface}: context on a non-general word`;
		return null;
	}
	// A general word (every candidate broad) may only be the general word.
	if (own.length > 0 && own.every((c) => c.kind === 'broad') && place.kind !== 'broad')
		return `${m.surface} → ${place.id} (${place.kind}): a general word resolved to one region`;
	// Otherwise the place is one the written form stands for.
	if (!candidates.some((c) => c.id === place.id))
		return `${m.surface} → ${place.id}: not a place this name stands for`;
	return null;
}

describe('matcher over both texts: every mention has a kind its text supports', () => {
	it('findMentions gives no mention whose place the text does not support', () => {
		const bad: string[] = [];
		let n = 0;
		for (const d of documents)
			for (const m of mentions.get(d.id)!) {
				n++;
				const why = unsupported(d.id, m);
				if (why) bad.push(`${d.id} ${m.paragraph}@${m.start} ${why}`);
			}
		expect(n).toBeGreaterThan(100);
		expect(bad).toEqual([]);
	});

	it('no province mention is only the qualifier of a place inside it', () => {
		for (const d of documents) {
			const ms = mentions.get(d.id)!;
			for (let i = 0; i + 1 < ms.length; i++) {
				const [a, b] = [ms[i], ms[i + 1]];
				if (a.paragraph !== b.paragraph || byId.get(a.place_id)?.kind !== 'province') continue;
				const inside = byId.get(b.place_id);
				const adjacent = b.start - a.end <= 1 && a.via === 'qualified';
				const sameProvince =
					inside && ['prefecture', 'county', 'township', 'village'].includes(inside.kind) && inside.parent;
				expect(
					adjacent && sameProvince,
					`${d.id} ${a.paragraph}@${a.start} ${a.surface}${b.surface}`
				).toBeFalsy();
			}
		}
	});
});
