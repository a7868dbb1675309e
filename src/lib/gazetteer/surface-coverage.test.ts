/**
 * The gazetteer against the texts: every listed form is attested, every place word of the texts is
 * covered, and the words deliberately left out are listed with why.
 */
import { describe, expect, it } from 'vitest';
import { readGeodataCodes } from './geodata-codes';
import { loadGazetteer } from './load';
import { corpusTexts, docsContaining } from './testing/texts';
import { surfaceIndex } from './validate';

const g = loadGazetteer();
const texts = corpusTexts();
const surfaces = surfaceIndex(g.places);
const level1Names = new Map<string, string>();
{
	// short names of the provincial units as the geodata gives them (北京, 内蒙古, 广西 …)
	const geo = readGeodataCodes();
	for (const p of g.places)
		if (p.kind === 'province' && geo.level1.has(p.codes![0])) level1Names.set(p.id, p.aliases[0]);
}

/** Place words found by reading both texts (speech + Xinhua report), in order of appearance. */
const PLACE_WORDS = [
	// 2017
	'吕梁山区',
	'六盘山区',
	'秦巴山区',
	'武陵山区',
	'乌蒙山区',
	'滇桂黔石漠化区',
	'滇西边境山区',
	'大兴安岭南麓山区',
	'燕山－太行山区',
	'大别山区',
	'罗霄山区',
	'河北',
	'保定市',
	'阜平县',
	'河北省',
	'陕西',
	'延安',
	'陕甘宁革命老区',
	'老区',
	'贵州',
	'贵阳',
	'武陵山',
	'乌蒙山',
	'滇桂黔',
	'集中连片特困地区',
	'宁夏',
	'银川',
	'东西部',
	'西部地区',
	'民族地区',
	'边疆地区',
	'革命老区',
	'山西',
	'云南',
	'西藏',
	'青海',
	'新疆',
	'江西',
	'赣州市',
	'湖北',
	'恩施州',
	'湖南',
	'湘西州',
	'四川',
	'凉山州',
	'甘肃',
	'定西市',
	'康保县',
	'内蒙古',
	'科尔沁右翼中旗',
	'广西',
	'都安县',
	'山阳县',
	'同心县',
	'宁德地区',
	'闽东北地区',
	'东部地区',
	'四省藏区',
	'南疆四地州',
	'四川凉山',
	'云南怒江',
	'甘肃临夏',
	'西南',
	'西北',
	'青藏高原',
	'杭锦旗',
	'巴拉贡镇',
	'昌汉白村',
	'岢岚县',
	'赵家洼村',
	'大小凉山彝区',
	'川西北高原藏区',
	'藏区',
	'阿坝州',
	'三西地区',
	'毕节市',
	'宁德',
	'闽东',
	'福建',
	'井冈山',
	'河南',
	'兰考',
	'十八洞村',
	'东部',
	'西部',
	// 2020 speech and report
	'怒江州',
	'和田地区',
	'兰考县',
	'大化县',
	'赫章县',
	'成都',
	'重庆',
	'太原',
	'中西部',
	'832个贫困县',
	'52个未摘帽贫困县',
	'三区三州',
	'中国',
	'中西部地区'
];

/** Words of the texts that look like places but are deliberately not in the gazetteer, with why. */
const NOT_PLACES: Record<string, string> = {
	全国: 'nationwide: a scope, not a unit or region to draw',
	我国: '“our country”: the speaker’s phrase for China as a scope',
	深度贫困地区:
		'a category of poverty, the topic of the 2017 speech; its named core is 三区三州 (in the gazetteer)',
	贫困地区: 'a category (poor areas), not a named place',
	深度贫困县: 'a category of counties; no list of them is named in the texts',
	贫困县: 'a category; the 832 and the 52 are in the gazetteer as county groups',
	贫困村: 'a category of villages',
	欠发达地区: 'a category (less-developed areas)',
	发达地区: 'a category (developed areas)',
	禁止开发区: 'a zoning category',
	限制开发区: 'a zoning category',
	重要生态功能区: 'a zoning category',
	省域: '“within the province”: a scope',
	联合国: 'an organisation (联合国秘书长), not a place',
	中华民族: 'the nation, not a place',
	独龙族: 'an ethnic group (their letter came from 独龙江乡 of 贡山县, which the speech does not name)',
	彝家新寨: 'a housing programme of 四川',
	扶贫新村: 'a housing programme of 四川',
	外村: '“another village”: generic',
	'18片': '1986 grouping, a stopword (not the 14 areas)'
};

/**
 * Generic words that contain a place suffix (省 州 县 旗 镇 村 乡 区) but name nothing: used to show
 * that every such suffix in the texts is accounted for.
 */
const GENERIC = [
	'地区',
	'省区',
	'省市',
	'市县',
	'市州',
	'县旗',
	'贫困县',
	'贫困村',
	'农村',
	'乡村',
	'区域',
	'驻村',
	'村级',
	'全县',
	'县级',
	'县委',
	'全省',
	'省份',
	'省域',
	'片区',
	'开发区',
	'功能区',
	'试验区',
	'省负',
	'外村',
	'村村',
	'建制村',
	'村两委',
	'村医',
	'村官',
	'村霸',
	'村里',
	'进村',
	'到村',
	'村内',
	'村集体',
	'县均',
	'村均',
	'的村',
	'村也',
	'万村',
	'分区',
	'省内',
	'摘帽县',
	'新村',
	'老区县',
	'民族县',
	'贫困区',
	'山区',
	'因村派人',
	'个县',
	'城乡',
	'发达县',
	'村党组织',
	'进了村',
	'涣散村'
];

describe('gazetteer surfaces against the texts', () => {
	it('lists only aliases that occur in a text (or are the geodata short name of a province)', () => {
		const invented: string[] = [];
		for (const p of g.places)
			for (const a of p.aliases)
				if (docsContaining(texts, a).length === 0 && level1Names.get(p.id) !== a)
					invented.push(`${p.id}: ${a}`);
		expect(invented).toEqual([]);
	});

	it('covers every place word found in the texts', () => {
		for (const w of PLACE_WORDS) {
			expect(docsContaining(texts, w).length, `${w} not in the texts`).toBeGreaterThan(0);
			expect(surfaces.has(w), `${w} has no place`).toBe(true);
		}
	});

	it('leaves out the listed non-places, which do occur in the texts', () => {
		const stop = new Set(g.stopwords.map((s) => s.surface));
		for (const [w, why] of Object.entries(NOT_PLACES)) {
			expect(why.length).toBeGreaterThan(0);
			expect(docsContaining(texts, w).length, `${w} not in the texts`).toBeGreaterThan(0);
			expect(surfaces.has(w) && !stop.has(w), `${w} is a place surface`).toBe(false);
		}
	});

	it('accounts for every place suffix in the texts (a place, a stopword or a generic word)', () => {
		const words = [
			...surfaces.keys(),
			...g.stopwords.map((s) => s.surface),
			...Object.keys(NOT_PLACES),
			...GENERIC
		];
		const uncovered: string[] = [];
		for (const [doc, text] of Object.entries(texts)) {
			const covered = new Uint8Array(text.length);
			for (const w of words)
				for (let k = text.indexOf(w); k >= 0; k = text.indexOf(w, k + 1)) covered.fill(1, k, k + w.length);
			for (let i = 0; i < text.length; i++)
				if ('省州县旗镇村乡区'.includes(text[i]) && !covered[i])
					uncovered.push(`${doc}: …${text.slice(Math.max(0, i - 4), i + 2)}…`);
		}
		expect(uncovered).toEqual([]);
	});

	it('has stopwords that occur in the texts and hide no place name of their own', () => {
		for (const s of g.stopwords)
			expect(docsContaining(texts, s.surface).length, s.surface).toBeGreaterThan(0);
	});

	it('quotes the speeches verbatim in event and place sources', () => {
		const refs = [...g.events.flatMap((e) => e.sources), ...g.places.flatMap((p) => p.sources)];
		let quotes = 0;
		for (const r of refs) {
			if (!(r.id in texts) || !r.note) continue;
			const q = /^“(.+)”$/u.exec(r.note);
			if (!q) continue;
			quotes++;
			expect(texts[r.id].includes(q[1].replace(/\s+/gu, '')), `${r.id}: ${q[1]}`).toBe(true);
		}
		expect(quotes).toBeGreaterThanOrEqual(11);
	});

	it('cites a speech as source exactly when one of the place’s forms occurs in it', () => {
		for (const p of g.places) {
			const cited = p.sources
				.filter((s) => s.id in texts)
				.map((s) => s.id)
				.sort();
			const found = [...new Set([p.name_zh, ...p.aliases].flatMap((f) => docsContaining(texts, f)))].sort();
			expect(cited, p.id).toEqual(found);
		}
	});
});
