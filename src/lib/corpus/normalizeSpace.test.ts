import { describe, expect, it } from 'vitest';
import { isWide, joinLines, normalizeLine } from './normalizeSpace';

describe('normalizeLine', () => {
	it.each([
		['2012 年 年 底', '2012年年底'],
		['习 近 平 强 调', '习近平强调'],
		['9899 万 人', '9899万人'],
		['10 个月', '10个月'],
		['率由 10.2%降至 0.6%', '率由10.2%降至0.6%'],
		['“ 督 ”， 各 省', '“督”，各省'],
		['各级党委 （党', '各级党委（党'],
		['　　今天，我们', '今天，我们'],
		['10. 2 %', '10.2%'],
		['GDP 增长', 'GDP增长']
	])('drops layout spaces: %s → %s', (input, out) => {
		expect(normalizeLine(input)).toBe(out);
	});

	it.each([
		['2019 2020', '2019 2020'],
		['COVID 19', 'COVID 19'],
		['Xi  Jinping', 'Xi Jinping']
	])('keeps spaces that separate numbers and Latin words: %s', (input, out) => {
		expect(normalizeLine(input)).toBe(out);
	});

	it('treats U+3000 and NBSP as spaces', () => {
		expect(normalizeLine('贫\u3000困\u00a0户')).toBe('贫困户');
	});
});

describe('joinLines', () => {
	it('joins Chinese lines and numbers broken at the line end without a space', () => {
		expect(joinLines(['贫困人口减到', '3000万左右', '就减不动了'])).toBe('贫困人口减到3000万左右就减不动了');
		expect(joinLines(['到 20', '20年'].map(normalizeLine))).toBe('到2020年');
	});

	it('joins Latin words wrapped at a space with one space', () => {
		expect(joinLines(['the United', 'Nations'])).toBe('the United Nations');
	});
});

describe('isWide', () => {
	it('knows Han, CJK punctuation and quotes from ASCII and ideographic space', () => {
		expect(['年', '，', '“', '—', '（', '】'].every(isWide)).toBe(true);
		expect(['a', '1', '%', ' ', '\u3000'].some(isWide)).toBe(false);
	});
});
