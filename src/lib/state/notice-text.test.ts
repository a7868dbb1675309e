import { describe, expect, it } from 'vitest';
import { describeNotice } from './notice-text';
import { parseState } from './url';
import type { Notice, NoticeReason } from './types';

const ctx = { docIds: ['2017-06-23-taiyuan'], placeIds: new Set(['liangshan']) };

describe('describeNotice', () => {
	it('describeNotice names the param and value of a malformed year', () => {
		const n: Notice = { param: 'year', value: '20x5', reason: 'malformed' };
		expect(describeNotice(n, 'zh')).toBe('已忽略格式不正确的参数 year=20x5');
		expect(describeNotice(n, 'en')).toBe('Ignored malformed parameter year=20x5');
	});

	it('describeNotice says what kind of id was unknown', () => {
		const n: Notice = { param: 'place', value: 'atlantis', reason: 'unknown-id' };
		expect(describeNotice(n, 'zh')).toBe('已忽略未知的地点“atlantis”');
		expect(describeNotice(n, 'en')).toBe('Ignored unknown place “atlantis”');
	});

	it('describeNotice describes the whole query when it was too long', () => {
		expect(describeNotice({ param: '?', value: '+5', reason: 'too-long' }, 'en')).toBe(
			'Link too long; ignored the end of it'
		);
		// a parameter actually named '?' is just unknown
		expect(describeNotice({ param: '?', value: '1', reason: 'unknown-param' }, 'en')).toBe(
			'Ignored unknown parameter ?=1'
		);
	});

	it('describeNotice gives a non-empty text without placeholders for every reason and language', () => {
		const reasons: NoticeReason[] = [
			'unknown-param',
			'malformed',
			'unknown-id',
			'out-of-range',
			'duplicate',
			'too-long'
		];
		for (const reason of reasons) {
			for (const param of ['year', 'doc', 'layers', '__proto__', '']) {
				for (const lang of ['zh', 'en'] as const) {
					const text = describeNotice({ param, value: 'v', reason }, lang);
					expect(text.length).toBeGreaterThan(0);
					expect(text).not.toMatch(/\{[a-z]+\}|undefined/);
				}
			}
		}
	});

	it('describeNotice describes every notice parseState gives for a messy query', () => {
		const { notices } = parseState('?year=2015&year=1&view=1,2&zzz=1&lang=fr&exit=2030&doc=x', ctx);
		expect(notices.length).toBe(6);
		const texts = notices.map((n) => describeNotice(n, 'zh'));
		expect(texts).toEqual([
			'已忽略重复的 year=1',
			'已忽略格式不正确的参数 view=1,2',
			'已忽略无法识别的参数 zzz=1',
			'已忽略未知的语言“fr”',
			'已忽略超出范围的参数 exit=2030',
			'已忽略未知的文献“x”'
		]);
	});
});
