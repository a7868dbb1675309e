import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';
import { renderColumns, type PagePiece } from './fixtures/reflow';
import { ingestText, type IngestOptions, type IngestResult } from './ingest';
import type { SpeechDocument } from './types';

const DIR = 'src/content/speeches';
const read = (id: string) => decodeText(readFileSync(`${DIR}/${id}.txt`), `${DIR}/${id}.txt`);
const strip = (s: string) => s.replace(/\s+/gu, '');
const opts = (id: string): IngestOptions => ({ file: `${id}.txt`, id });

const T2017 = read('2017-06-23-taiyuan');
const T2020 = read('2020-03-06-beijing');
const R2017 = ingestText(T2017, opts('2017-06-23-taiyuan'));
const R2020 = ingestText(T2020, opts('2020-03-06-beijing'));
const [speech2017] = R2017.documents;
const [speech2020, report2020] = R2020.documents;

/** The page pieces of a document as ingested, in reading order (headings as their own pieces). */
function pieces(doc: SpeechDocument): PagePiece[] {
	const out: PagePiece[] = [];
	let section = '';
	for (const p of doc.paragraphs) {
		if (p.section !== section) {
			section = p.section;
			const h = doc.sections.find((s) => s.id === section)?.heading;
			if (h) out.push({ heading: h });
		}
		out.push({ para: p.text });
	}
	return out;
}

const bodyOf = (doc: SpeechDocument) => ({ sections: doc.sections, paragraphs: doc.paragraphs });

describe('ingestText on the two seed texts', () => {
	const cases: [string, string, IngestResult][] = [
		['2017', T2017, R2017],
		['2020', T2020, R2020]
	];

	it.each(cases)('%s: every paragraph and heading is a verbatim part of the source', (_y, text, r) => {
		const src = strip(text);
		for (const d of r.documents) {
			for (const p of d.paragraphs) {
				expect(src.includes(strip(p.text)), `${d.id} ${p.id}`).toBe(true);
				// Layout is gone: no edge spaces, and a space only between two Latin letters or digits.
				expect(p.text).toBe(p.text.trim());
				expect(p.text).not.toMatch(/[^A-Za-z0-9] | [^A-Za-z0-9]/);
			}
			for (const s of d.sections) if (s.heading) expect(src.includes(strip(s.heading))).toBe(true);
		}
	});

	it.each(cases)('%s: nothing but layout is dropped (segments rebuild the source)', (_y, text, r) => {
		expect(r.segments.map((s) => strip(s.text)).join('')).toBe(strip(text));
		// …and every segment is really kept in the documents, where its role says.
		for (const d of r.documents) {
			const mine = r.segments.filter((s) => s.docId === d.id);
			const texts = (role: string) => mine.filter((s) => s.role === role).map((s) => s.text);
			expect(texts('paragraph')).toEqual(d.paragraphs.map((p) => p.text));
			expect(texts('heading')).toEqual(d.sections.flatMap((s) => (s.heading ? [s.heading] : [])));
			expect(texts('title')).toEqual(d.titleBlock ? [d.titleBlock.title] : []);
			expect(texts('date')).toEqual(d.titleBlock ? [d.titleBlock.date] : []);
			expect(texts('author')).toEqual(d.titleBlock?.author ? [d.titleBlock.author] : []);
			expect(texts('dateline')).toEqual(d.dateline ? [d.dateline] : []);
			expect(texts('continuation')).toEqual(d.continuation ? [d.continuation] : []);
		}
	});

	it('paragraph ids run p1, p2, … and sections s0, s1, … in reading order', () => {
		for (const d of [...R2017.documents, ...R2020.documents]) {
			expect(d.paragraphs.map((p) => p.id)).toEqual(d.paragraphs.map((_p, i) => `p${i + 1}`));
			expect(d.sections.map((s) => s.id)).toEqual(d.sections.map((_s, i) => `s${i}`));
			expect(d.sections[0].heading).toBeNull();
			const order = d.paragraphs.map((p) => Number(p.section.slice(1)));
			expect([...order].sort((a, b) => a - b)).toEqual(order);
		}
	});

	it('paragraph counts match a count by hand', () => {
		// 2017: 41 indented paragraph lines besides the three heading lines; 2020: 35 speech
		// paragraphs (同志们： is one) and 13 in the report, counted on the page.
		expect(speech2017.paragraphs).toHaveLength(41);
		expect(speech2020.paragraphs).toHaveLength(35);
		expect(report2020.paragraphs).toHaveLength(13);
		expect(speech2020.paragraphs[0].text).toBe('同志们：');
		expect(speech2020.paragraphs.map((p) => p.section).filter((s) => s === 's0')).toHaveLength(7);
	});

	it('2020: headings split over two lines come out whole', () => {
		expect(speech2020.sections.map((s) => s.heading)).toEqual([
			null,
			'一、我国脱贫攻坚取得决定性成就',
			'二、高度重视打赢脱贫攻坚战面临的困难挑战',
			'三、确保高质量完成脱贫攻坚目标任务',
			'四、加强党对打赢脱贫攻坚战的领导'
		]);
		expect(speech2017.sections.map((s) => s.heading)).toEqual([
			null,
			'一、深度贫困地区是脱贫攻坚的坚中之坚',
			'二、全面把握深度贫困的主要成因',
			'三、加大力度推进深度贫困地区脱贫攻坚'
		]);
	});

	it('2020: lines broken mid-sentence, mid-number and across column breaks are joined, stray spaces dropped', () => {
		const all = speech2020.paragraphs.map((p) => p.text).join('\n');
		expect(all).toContain('贫困人口从2012年年底的9899万人减到2019年年底的551万人');
		expect(all).toContain('到今年2月底，全国832个贫困县中已有601个宣布摘帽'); // column break after 2月
		expect(all).toContain('还有不到10个月的时间');
		expect(all).toContain('国务院扶贫开发领导小组要较真碰硬“督”，各省区市要凝心聚力“战”');
		expect(all).toContain('各级党委（党组）一定要履职尽责');
		expect(
			report2020.paragraphs[1].text.startsWith('习近平强调，我们在脱贫攻坚领域取得了前所未有的成就，')
		).toBe(true);
	});

	it('2020: the title block after the body is metadata, the Xinhua report is its own document', () => {
		expect(speech2020.titleBlock).toEqual({
			title: '在决战决胜脱贫攻坚座谈会上的讲话',
			date: '（2020年3月6日）',
			author: '习近平'
		});
		expect(speech2020).toMatchObject({
			title: '在决战决胜脱贫攻坚座谈会上的讲话',
			date: '2020-03-06',
			speaker: '习近平'
		});
		expect(speech2020.dateline).toBe('（新华社北京3月6日电）');
		expect(speech2020.paragraphs.at(-1)!.text.endsWith('具有重大意义的伟业！')).toBe(true);
		expect(report2020).toMatchObject({ id: '2020-03-06-beijing-xinhua', kind: 'report', date: '2020-03-06' });
		expect(report2020.continuation).toBe('【紧接第1版】');
		expect(report2020.paragraphs[0].text.startsWith('“三保障”突出问题总体解决。')).toBe(true);
		expect(report2020.paragraphs.at(-1)!.text).toBe(
			'部分中共中央政治局委员、中央书记处书记出席座谈会。国务院扶贫开发领导小组成员单位有关负责同志参加座谈会。'
		);
		const speechText = speech2020.paragraphs.map((p) => p.text).join('');
		expect(speechText).not.toContain('紧接');
		expect(speechText).not.toContain('在决战决胜脱贫攻坚座谈会上的讲话');
	});

	it('2017: the title block on top and the closing dateline are metadata', () => {
		expect(speech2017.titleBlock).toEqual({
			title: '在深度贫困地区脱贫攻坚座谈会上的讲话',
			date: '（2017年6月23日）',
			author: '习近平'
		});
		expect(speech2017.dateline).toBe('（新华社北京8月31日电）');
		expect(speech2017.paragraphs[0].text.startsWith('今天，我们召开一个深度贫困地区脱贫攻坚座谈会')).toBe(
			true
		);
		expect(R2017.documents).toHaveLength(1);
	});

	it('flags win over the title block', () => {
		const r = ingestText(T2017, { ...opts('x'), title: 'T', date: '2017-06-24', speaker: 'S' });
		expect(r.documents[0]).toMatchObject({ title: 'T', date: '2017-06-24', speaker: 'S' });
		expect(r.documents[0].titleBlock?.date).toBe('（2017年6月23日）');
	});
});

describe('ingestText reflow round trips', () => {
	const seeds = [1, 2, 3, 4, 5];

	it.each(seeds)('2017 text reflowed into narrow columns (seed %i) gives the same document', (seed) => {
		const block = speech2017.titleBlock!;
		const page = renderColumns(
			[
				{ lines: [block.title, block.date] },
				{ lines: [block.author!] },
				...pieces(speech2017),
				{ lines: [speech2017.dateline!] }
			],
			{ seed }
		);
		expect(page.split('\n').every((l) => l.replace(/ /g, '').length <= 26)).toBe(true);
		const again = ingestText(page, opts('2017-06-23-taiyuan'));
		expect(again.documents).toHaveLength(1);
		expect(bodyOf(again.documents[0])).toEqual(bodyOf(speech2017));
		expect(again.documents[0].titleBlock).toEqual(block);
		expect(again.documents[0].dateline).toBe(speech2017.dateline);
		expect(strip(again.segments.map((s) => s.text).join(''))).toBe(strip(page));
	});

	it.each(seeds)('2020 text rendered back to columns (seed %i) gives the same documents', (seed) => {
		const block = speech2020.titleBlock!;
		const body = pieces(speech2020);
		const last = body.pop() as { para: string };
		const report = pieces(report2020) as { para: string }[];
		const page = renderColumns(
			[
				...body,
				{ para: `${last.para} ${speech2020.dateline}` },
				{ lines: [block.title, block.date] },
				{ lines: [block.author!] },
				{ para: `${report2020.continuation}${report[0].para}` },
				...report.slice(1)
			],
			{ seed, width: seed % 2 ? 26 : 28, column: 15 + seed }
		);
		const again = ingestText(page, opts('2020-03-06-beijing'));
		expect(again.documents.map(bodyOf)).toEqual([bodyOf(speech2020), bodyOf(report2020)]);
		expect(again.documents[0].titleBlock).toEqual(block);
		expect(again.documents[0].dateline).toBe(speech2020.dateline);
		expect(again.documents[1].continuation).toBe(report2020.continuation);
	});

	it('the title block is found wherever it stands (moved to the end of the 2017 text)', () => {
		const block = speech2017.titleBlock!;
		const page = renderColumns(
			[...pieces(speech2017), { lines: [block.title, block.date, '', block.author!] }],
			{
				seed: 9
			}
		);
		const again = ingestText(page, opts('2017-06-23-taiyuan'));
		expect(again.documents[0].titleBlock).toEqual(block);
		expect(bodyOf(again.documents[0])).toEqual(bodyOf(speech2017));
	});

	it('the reflowed page really is broken up (the round trip is not trivial)', () => {
		const page = renderColumns(pieces(speech2020), { seed: 1 });
		expect(page).toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/); // letter-spaced lines
		expect(page).toMatch(/[0-9] +[\u4e00-\u9fff]/); // `2012 年`
		expect(page).toMatch(/[0-9]\n\n?[0-9]/); // a number broken by the line end
		const lines = page.split('\n');
		const breaksInside = lines.filter(
			(l, i) => l === '' && i > 0 && !/[。！？：”]\s*$/.test(lines[i - 1])
		).length;
		expect(breaksInside).toBeGreaterThan(5); // column breaks inside paragraphs (and after headings)
	});
});

describe('ingestText bad input', () => {
	it('rejects a malformed or impossible date, naming the file', () => {
		expect(() => ingestText(T2017, { ...opts('x'), date: '2020-13-40' })).toThrow(
			/invalid date "2020-13-40"/
		);
		expect(() => ingestText(T2017, { ...opts('x'), date: '2019-02-29' })).toThrow(/invalid date/);
	});

	it('asks for --date and --title when the text has no title block', () => {
		const body = speech2017.paragraphs.map((p) => p.text).join('\n\n');
		expect(() => ingestText(body, { ...opts('x'), title: 'T' })).toThrow(/no date/);
		expect(() => ingestText(body, { ...opts('x'), date: '2017-06-23' })).toThrow(/no title/);
		expect(
			ingestText(body, { ...opts('x'), title: 'T', date: '2017-06-23' }).documents[0].paragraphs
		).toHaveLength(41);
	});

	it('reports an impossible date in the title block with its line', () => {
		try {
			ingestText('标题\n（2020年13月40日）\n\n正文。', opts('x'));
			expect.unreachable();
		} catch (e) {
			expect((e as { toLine(): string }).toLine()).toBe(
				'x.txt:2: invalid date in the title block: （2020年13月40日）'
			);
		}
	});

	it('rejects ids that are not lower-case ASCII slugs', () => {
		expect(() => ingestText(T2017, opts('Bad Id'))).toThrow(/invalid id/);
	});
});
