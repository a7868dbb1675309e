import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatYear } from './format';

describe('formatDate', () => {
	it('formatDate writes a full date per language', () => {
		expect(formatDate('zh', '2017-06-23')).toBe('2017年6月23日');
		expect(formatDate('en', '2017-06-23')).toBe('23 June 2017');
		expect(formatDate('zh', '2020-03-06')).toBe('2020年3月6日');
		expect(formatDate('en', '2020-03-06')).toBe('6 March 2020');
	});

	it('formatDate writes partial dates', () => {
		expect(formatDate('zh', '2015-06')).toBe('2015年6月');
		expect(formatDate('en', '2015-06')).toBe('June 2015');
		expect(formatDate('zh', '2015')).toBe('2015年');
		expect(formatDate('en', '2015')).toBe('2015');
	});

	it('formatDate returns anything that is not a real ISO date unchanged', () => {
		for (const s of [
			'',
			'soon',
			'2017-13-01',
			'2017-02-29',
			'2017-06-31',
			'17-06-23',
			'2017-6-23',
			'2017-06-23T00:00'
		]) {
			expect(formatDate('en', s)).toBe(s);
			expect(formatDate('zh', s)).toBe(s);
		}
		expect(formatDate('en', '2020-02-29')).toBe('29 February 2020');
	});
});

describe('formatNumber', () => {
	it('formatNumber groups thousands in both languages', () => {
		expect(formatNumber('zh', 832)).toBe('832');
		expect(formatNumber('zh', 9899)).toBe('9,899');
		expect(formatNumber('en', 9899)).toBe('9,899');
		expect(formatNumber('en', 0.125)).toBe('0.13');
	});

	it('formatNumber shows a dash for non-finite numbers', () => {
		expect(formatNumber('en', NaN)).toBe('–');
		expect(formatNumber('zh', Infinity)).toBe('–');
	});
});

describe('formatYear', () => {
	it('formatYear adds 年 in Chinese only', () => {
		expect(formatYear('zh', 2015)).toBe('2015年');
		expect(formatYear('en', 2015)).toBe('2015');
	});
});
