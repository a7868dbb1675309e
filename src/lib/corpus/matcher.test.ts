/**
 * findMentions against the real documents and gazetteer: cases checked by hand by reading the
 * two texts. Each case names a paragraph, the surface as printed and which occurrence of it
 * (counting every occurrence of that string in the paragraph, also inside longer words), and
 * the place id a reader would link it to — or null when that occurrence must not be a mention.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/load';
import { documents } from './documents';
import { compileMatcher, findMentions, matchText } from './matcher';

const gazetteer = loadGazetteer();
const T17 = '2017-06-23-taiyuan';
const T20 = '2020-03-06-beijing';
const X20 = '2020-03-06-beijing-xinhua';

type Via = 'enumeration' | 'qualified' | 'context' | undefined;
/** [doc, paragraph, surface, nth occurrence (1-based), place id or null, via, why] */
type Case = [string, string, string, number, string | null, Via, string];

const E = 'enumeration';
const Q = 'qualified';
const CASES: Case[] = [
	// 2017, p3: the 11 mountain areas, and the 阜平 visit
	[T17, 'p3', '吕梁山区', 1, 'lvliangshan', undefined, '这次到吕梁山区后: the area, not the prefecture 吕梁'],
	[T17, 'p3', '六盘山区', 1, 'liupanshan', E, 'first of the 11 enumerated areas'],
	[T17, 'p3', '秦巴山区', 1, 'qinbashan', E, ''],
	[T17, 'p3', '滇桂黔石漠化区', 1, 'dianguiqian', E, ''],
	[T17, 'p3', '燕山－太行山区', 1, 'yanshan_taihang', E, 'full-width hyphen, read whole, not 燕山 / 太行'],
	[T17, 'p3', '吕梁山区', 2, 'lvliangshan', E, ''],
	[T17, 'p3', '罗霄山区', 1, 'luoxiaoshan', E, 'last of the 11'],
	[T17, 'p3', '河北', 1, null, undefined, '河北保定市阜平县: 河北 only says which 保定 (qualifier, rule 10)'],
	[T17, 'p3', '保定市', 1, 'baoding', Q, ''],
	[T17, 'p3', '阜平县', 1, 'fuping', Q, ''],
	[T17, 'p3', '河北省', 1, 'hebei', E, '河北省、保定市、阜平县扶贫开发工作'],
	[T17, 'p3', '阜平县', 2, 'fuping', E, ''],
	// p4–p6: the first three symposia
	[T17, 'p4', '陕西', 1, null, undefined, '陕西延安: qualifier of 延安, not a mention of 陕西'],
	[T17, 'p4', '延安', 1, 'yanan', Q, ''],
	[T17, 'p4', '陕甘宁革命老区', 1, 'shanganning', undefined, 'longest match, not 革命老区 / 老区'],
	[
		T17,
		'p4',
		'老区',
		2,
		'geming_laoqu',
		undefined,
		'没有老区的全面小康: 老区 in general; the region is named in the sentence before (rule 9)'
	],
	[T17, 'p5', '贵阳', 1, 'guiyang', Q, '贵州贵阳'],
	[T17, 'p5', '武陵山', 1, 'wulingshan', E, '武陵山、乌蒙山、滇桂黔集中连片特困地区'],
	[T17, 'p5', '滇桂黔', 1, 'dianguiqian', E, ''],
	[
		T17,
		'p5',
		'集中连片特困地区',
		1,
		null,
		undefined,
		'head noun of the list of three areas, not all fourteen'
	],
	[T17, 'p6', '银川', 1, 'yinchuan', Q, '宁夏银川'],
	[T17, 'p6', '东西部', 1, 'dongxibu', undefined, 'broad word, not 西部'],
	[T17, 'p6', '西部', 1, null, undefined, '西部 inside 东西部 is not a mention'],
	// p8: who was invited — provinces, prefectures, counties, areas
	[T17, 'p8', '山西', 1, 'shanxi', E, '山西、云南、西藏、青海、新疆5个省区'],
	[T17, 'p8', '西藏', 1, 'xizang', E, 'the province: 5个省区'],
	[T17, 'p8', '新疆', 1, 'xinjiang', E, ''],
	[T17, 'p8', '赣州市', 1, 'ganzhou', Q, '江西赣州市'],
	[T17, 'p8', '湘西州', 1, 'xiangxi', Q, '湖南湘西州'],
	[T17, 'p8', '四川', 1, null, undefined, '四川凉山州: 四川 is the qualifier of 凉山州, not 四川凉山 + 州'],
	[T17, 'p8', '凉山州', 1, 'liangshan', Q, 'the prefecture among 5个市州'],
	[T17, 'p8', '科尔沁右翼中旗', 1, 'keyouzhongqi', Q, '内蒙古科尔沁右翼中旗'],
	[T17, 'p8', '都安县', 1, 'duan', Q, '广西都安县'],
	[T17, 'p8', '同心县', 1, 'tongxin', Q, '宁夏同心县'],
	[T17, 'p8', '吕梁山区', 1, 'lvliangshan', Q, '山西吕梁山区: a province qualifying an area that spans it'],
	[T17, 'p8', '燕山－太行山区', 1, 'yanshan_taihang', E, ''],
	[T17, 'p8', '集中连片特困地区', 1, null, undefined, '2个集中连片特困地区: head noun of the two areas'],
	// p13: 1986
	[T17, 'p13', '集中连片贫困地区', 1, null, undefined, 'the 18 areas of 1986, not the 14 of 2011–2020'],
	[T17, 'p13', '宁德地区', 1, 'ningde_diqu', undefined, 'historic 宁德地区'],
	[T17, 'p13', '闽东北地区', 1, 'mindongbei', undefined, '18片中的闽东北地区'],
	[T17, 'p13', '东部地区', 1, 'dongbu', undefined, 'broad'],
	// p15 and p25: the deep-poverty areas (三区三州)
	[T17, 'p15', '西藏', 1, 'sanqu_xizang', E, '西藏和四省藏区、南疆四地州…: the 三区三州 part'],
	[T17, 'p15', '四省藏区', 1, 'sanqu_sisheng_zangqu', E, ''],
	[T17, 'p15', '南疆四地州', 1, 'sanqu_nanjiang_sidizhou', E, 'read whole, not 南疆'],
	[T17, 'p15', '四川', 1, null, undefined, '四川凉山: qualifier'],
	[T17, 'p15', '凉山', 1, 'sanzhou_liangshan', Q, '凉山 as one of 三区三州'],
	[T17, 'p15', '怒江', 1, 'sanzhou_nujiang', Q, '云南怒江'],
	[T17, 'p15', '临夏', 1, 'sanzhou_linxia', Q, '甘肃临夏'],
	[T17, 'p25', '南疆四地州', 1, 'sanqu_nanjiang_sidizhou', E, '南疆四地州和四川凉山: 和 joins the list'],
	[T17, 'p25', '凉山', 1, 'sanzhou_liangshan', Q, ''],
	// p20: broad words
	[T17, 'p20', '西南', 1, 'xinan', undefined, '西南缺土'],
	[T17, 'p20', '青藏高原', 1, 'qingzang_gaoyuan', undefined, ''],
	// p24: a village named through a newspaper report, and the 赵家洼 visit
	[T17, 'p24', '内蒙古', 1, null, undefined, '内蒙古杭锦旗巴拉贡镇昌汉白村: three places and a qualifier'],
	[T17, 'p24', '杭锦旗', 1, 'hangjin', Q, ''],
	[T17, 'p24', '巴拉贡镇', 1, 'balagong', Q, ''],
	[T17, 'p24', '昌汉白村', 1, 'changhanbai', Q, ''],
	[T17, 'p24', '昌汉白村', 2, 'changhanbai', undefined, '昌汉白村因病致贫率'],
	[T17, 'p24', '岢岚县', 1, 'kelan', Q, '岢岚县赵家洼村'],
	[T17, 'p24', '赵家洼村', 1, 'zhaojiawa', Q, ''],
	[T17, 'p24', '人民', 1, null, undefined, '《人民日报》'],
	// p26–p27, p35: provinces' experience and the successful cases
	[T17, 'p26', '大小凉山彝区', 1, 'daxiao_liangshan', E, 'read whole, not 凉山'],
	[T17, 'p26', '凉山', 1, null, undefined, '凉山 inside 大小凉山彝区'],
	[T17, 'p26', '川西北高原藏区', 1, 'chuanxibei_zangqu', E, ''],
	[T17, 'p26', '阿坝州', 1, 'aba', undefined, ''],
	[T17, 'p26', '乌蒙新村', 1, null, undefined, 'name of a housing programme (gazetteer stopword)'],
	[T17, 'p26', '乌蒙', 1, null, undefined, '乌蒙 inside 乌蒙新村'],
	[T17, 'p26', '湘西州', 1, 'xiangxi', undefined, '湖南针对湘西州'],
	[T17, 'p27', '三西地区', 1, 'sanxi', undefined, ''],
	[T17, 'p27', '毕节市', 1, 'bijie', Q, '贵州毕节市'],
	[T17, 'p27', '宁德', 1, 'ningde', undefined, '我在宁德工作时: the default 宁德市 (same unit as 宁德地区)'],
	[T17, 'p27', '井冈山', 1, 'jinggangshan', Q, '江西井冈山'],
	[T17, 'p27', '兰考', 1, 'lankao', Q, '河南兰考'],
	[T17, 'p27', '十八洞村', 1, 'shibadong', Q, '湖南湘西州十八洞村'],
	[T17, 'p35', '宁德', 1, 'ningde', Q, '福建宁德'],
	// 2020 speech
	[T20, 'p3', '怒江州', 1, 'nujiang', E, '怒江州、和田地区、兰考县、大化县、赫章县'],
	[T20, 'p3', '和田地区', 1, 'hetian', E, '和 here starts 和田, not a conjunction'],
	[T20, 'p3', '大化县', 1, 'dahua', E, ''],
	[T20, 'p3', '赫章县', 1, 'hezhang', E, ''],
	[T20, 'p4', '延安', 1, 'yanan', undefined, '2015年在延安召开…'],
	[T20, 'p4', '太原', 1, 'taiyuan', undefined, '2017年在太原召开'],
	[T20, 'p4', '成都', 1, 'chengdu', undefined, ''],
	[T20, 'p4', '重庆', 1, 'chongqing', undefined, ''],
	[T20, 'p6', '中西部', 1, 'zhongxibu', undefined, 'broad word, not 西部'],
	[T20, 'p6', '西部', 1, null, undefined, '西部 inside 中西部'],
	[T20, 'p9', '832个贫困县', 1, 'counties_832', undefined, ''],
	[T20, 'p14', '中国', 1, 'china', undefined, '中国减贫方案'],
	[T20, 'p14', '发展中国家', 1, null, undefined, 'developing countries'],
	[T20, 'p15', '中国共产党', 1, null, undefined, 'the party, not the country'],
	[T20, 'p20', '重庆', 1, 'chongqing', undefined, '我去年在重庆座谈会上'],
	[T20, 'p23', '三区三州', 1, 'sanqu_sanzhou', undefined, ''],
	[T20, 'p23', '52个未摘帽贫困县', 1, 'counties_2020_52', undefined, ''],
	[T20, 'p32', '东部', 1, 'dongbu', undefined, '推进东部产业向西部梯度转移'],
	[T20, 'p32', '西部', 4, 'xibu', undefined, 'after 东西部, 中西部地区, 东西部'],
	// Xinhua report
	[X20, 'p4', '三区三州', 1, 'sanqu_sanzhou', undefined, ''],
	[X20, 'p10', '中西部地区', 1, 'zhongxibu', undefined, ''],
	[X20, 'p12', '汪洋', 1, null, undefined, 'a person (汪洋), not a place']
];

function nthIndex(text: string, surface: string, nth: number): number {
	let at = -1;
	for (let i = 0; i < nth; i++) {
		at = text.indexOf(surface, at + 1);
		if (at === -1) break;
	}
	return at;
}

describe('findMentions on the two texts (hand-checked cases)', () => {
	const byDoc = new Map(documents.map((d) => [d.id, findMentions(d, gazetteer)]));

	it('has at least 40 hand-checked cases, each pointing at text that exists', () => {
		expect(CASES.length).toBeGreaterThanOrEqual(40);
		for (const [doc, para, surface, nth] of CASES) {
			const p = documents.find((d) => d.id === doc)?.paragraphs.find((x) => x.id === para);
			expect(p, `${doc} ${para}`).toBeDefined();
			expect(nthIndex(p!.text, surface, nth), `${doc} ${para} ${surface} #${nth}`).toBeGreaterThanOrEqual(0);
		}
	});

	for (const [doc, para, surface, nth, place, via, why] of CASES) {
		it(`findMentions ${doc} ${para} ${surface}#${nth} → ${place ?? 'no mention'}${why ? ` (${why})` : ''}`, () => {
			const text = documents.find((d) => d.id === doc)!.paragraphs.find((x) => x.id === para)!.text;
			const start = nthIndex(text, surface, nth);
			const end = start + surface.length;
			const mentions = byDoc.get(doc)!.filter((m) => m.paragraph === para);
			if (place === null) {
				// No mention of exactly these characters, and none starting strictly inside them.
				const hits = mentions.filter(
					(m) => (m.start === start && m.end === end) || (m.start > start && m.start < end)
				);
				expect(hits).toEqual([]);
			} else {
				const hit = mentions.find((m) => m.start === start && m.end === end);
				expect(hit, `no mention at ${start}–${end}`).toBeDefined();
				expect(hit!.surface).toBe(surface);
				expect(hit!.place_id).toBe(place);
				expect(hit!.via).toBe(via);
			}
		});
	}

	it('findMentions never reads a dateline as a mention (新华社北京…电)', () => {
		const m = compileMatcher(gazetteer);
		const datelines = documents.map((d) => d.dateline).filter((d): d is string => !!d);
		expect(datelines.length).toBeGreaterThanOrEqual(2);
		for (const d of datelines) expect(matchText(d, m)).toEqual([]);
		expect(matchText('新华社成都5月1日电', m)).toEqual([]);
	});

	it('findMentions returns offsets that slice back to the surface, in reading order', () => {
		for (const d of documents) {
			const ms = byDoc.get(d.id)!;
			const order = new Map(d.paragraphs.map((p, i) => [p.id, i]));
			for (let i = 0; i < ms.length; i++) {
				const m = ms[i];
				const text = d.paragraphs[order.get(m.paragraph)!].text;
				expect(text.slice(m.start, m.end)).toBe(m.surface);
				expect(m.doc_id).toBe(d.id);
				if (i > 0 && ms[i - 1].paragraph === m.paragraph)
					expect(m.start).toBeGreaterThanOrEqual(ms[i - 1].end);
			}
		}
	});
});
