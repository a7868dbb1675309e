import { describe, expect, it } from 'vitest';
import { excerptAround, splitSentences } from './sentences';

describe('splitSentences', () => {
	it('splitSentences ends sentences on 。！？； and keeps closing quotes', () => {
		const text = '“分则力散，专则力全。”造成各地深度贫困的原因各不相同；要从实际出发！对吗？';
		const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
		expect(parts).toEqual([
			'“分则力散，专则力全。”',
			'造成各地深度贫困的原因各不相同；',
			'要从实际出发！',
			'对吗？'
		]);
	});
	it('splitSentences keeps a trailing sentence without terminator and drops leading spaces', () => {
		const text = '甲。　乙丙';
		expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['甲。', '乙丙']);
	});
});

describe('excerptAround', () => {
	it('excerptAround returns the sentence containing the mention, widened when short', () => {
		const text =
			'第一句很长很长很长很长很长很长很长很长很长很长。短句在延安。后面一句话也很长很长很长很长很长很长很长。';
		const at = text.indexOf('延安');
		const span = excerptAround(text, at, at + 2);
		const excerpt = text.slice(span.start, span.end);
		expect(excerpt.startsWith('短句在延安。')).toBe(true);
		expect(excerpt.endsWith('很长。')).toBe(true);
		expect(excerptAround(text, at, at + 2, 1)).toEqual({ start: text.indexOf('短句'), end: at + 3 });
	});
});
