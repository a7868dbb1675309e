/**
 * Completeness of findMentions over every document:
 * 1. every occurrence of every gazetteer name or alias is covered by mentions (inside a longer
 *    mention, or split into a qualified pair), or by a stopword, or is one of the explained
 *    exceptions below;
 * 2. every 省/市/县/州/村/区/镇/乡/旗/盟 in the texts either ends (or lies inside) a mention or
 *    closes a generic word reviewed by hand (贫困地区, 贫困县, 驻村, 省区市 …), listed below by
 *    the two characters ending there. A new place-like word fails here until it is reviewed.
 * A province written right before a mention of a place inside it (陕西山阳县, 四川凉山) is covered
 * as its qualifier (matcher rule 10): checked here from the containment, not from the matcher.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/load';
import { documents } from './documents';
import type { Mention } from '../gazetteer/types';
import { buildContainment } from './containment';
import { findMentions } from './matcher';

const gazetteer = loadGazetteer();
const containment = buildContainment(gazetteer);
const provinces = gazetteer.places.filter((p) => p.kind === 'province');

/** [start, end) of each province name written as the qualifier of the mention right after it. */
function qualifierSpans(text: string, mentions: readonly Mention[]): [number, number][] {
	const out: [number, number][] = [];
	for (const m of mentions)
		for (const p of provinces)
			for (const name of [p.name_zh, ...p.aliases]) {
				const start = m.start - name.length;
				if (start >= 0 && text.slice(start, m.start) === name && containment.contains(p.id, m.place_id))
					out.push([start, m.start]);
			}
	return out;
}

/** Name occurrences that are deliberately not mentions: [doc, paragraph, surface, why]. */
const EXPLAINED: [string, string, string, string][] = [
	['2017-06-23-taiyuan', 'p5', '集中连片特困地区', 'head noun after 武陵山、乌蒙山、滇桂黔 (matcher rule 8)'],
	[
		'2017-06-23-taiyuan',
		'p8',
		'集中连片特困地区',
		'head noun after 山西吕梁山区、燕山－太行山区2个 (matcher rule 8)'
	]
];

/** Two characters ending at an administrative suffix, reviewed as generic words, not places. */
const GENERIC_ENDINGS = new Set(
	(
		'地区 困县 困村 农村 驻村 省区 乡村 区市 各省 全省 市县 ，村 个省 市州 个县 县旗 、省 、市 ，县 的村 新村 ' +
		'到村 决区 发区 ，区 进村 分区 与乡 入乡 家区 化区 的乡 请省 省市 山区 跨省 因村 个市 级市 位省 位市 、县 ' +
		'有区 族县 能区 穷村 县村 、乡 设村 成村 片区 验区 了区 外村 本市 上市 城乡 在省 的区 困区 进区 以区 致区 ' +
		'达县 万村 。县 全县 县县 生村 好村 击村 年省 分省 关省 有省 的省 到县 帽县 制村 村村 和村 了村 名县 散村 少乡'
	).split(' ')
);

describe('findMentions completeness over every document', () => {
	const surfaces = new Set(gazetteer.places.flatMap((p) => [p.name_zh, ...p.aliases]));
	const stopwords = gazetteer.stopwords.map((s) => s.surface);

	it('findMentions covers every occurrence of every gazetteer name and alias', () => {
		const uncovered: string[] = [];
		for (const d of documents) {
			const ms = findMentions(d, gazetteer);
			for (const p of d.paragraphs) {
				const covered = new Uint8Array(p.text.length);
				const pm = ms.filter((m) => m.paragraph === p.id);
				for (const m of pm) covered.fill(1, m.start, m.end);
				for (const [a, b] of qualifierSpans(p.text, pm)) covered.fill(1, a, b);
				for (const s of stopwords)
					for (let i = p.text.indexOf(s); i >= 0; i = p.text.indexOf(s, i + 1))
						covered.fill(1, i, i + s.length);
				for (const s of surfaces) {
					for (let i = p.text.indexOf(s); i >= 0; i = p.text.indexOf(s, i + 1)) {
						if (covered.subarray(i, i + s.length).every((c) => c === 1)) continue;
						if (EXPLAINED.some(([doc, para, surface]) => doc === d.id && para === p.id && surface === s))
							continue;
						uncovered.push(`${d.id} ${p.id}@${i} ${s}`);
					}
				}
			}
		}
		expect(uncovered).toEqual([]);
	});

	it('findMentions leaves no place-like word (…省/市/县/州/村/区) unreviewed', () => {
		const unreviewed: string[] = [];
		let checked = 0;
		for (const d of documents) {
			const ms = findMentions(d, gazetteer);
			for (const p of d.paragraphs) {
				const pm = ms.filter((m) => m.paragraph === p.id);
				const qualifiers = qualifierSpans(p.text, pm);
				for (let i = 0; i < p.text.length; i++) {
					if (!'省市县州村区镇乡旗盟'.includes(p.text[i])) continue;
					checked++;
					if (pm.some((m) => m.start <= i && i <= m.end)) continue;
					if (qualifiers.some(([a, b]) => a <= i && i < b)) continue;
					const ending = p.text.slice(Math.max(0, i - 1), i + 1);
					if (!GENERIC_ENDINGS.has(ending))
						unreviewed.push(`${d.id} ${p.id}@${i} …${p.text.slice(Math.max(0, i - 6), i + 1)}`);
				}
			}
		}
		expect(checked).toBeGreaterThan(300);
		expect(unreviewed).toEqual([]);
	});
});
