import { describe, expect, it } from 'vitest';
import type { GazetteerEvent } from '../gazetteer/types';
import { eventYear } from './eventYear';

const events: GazetteerEvent[] = [
	{
		id: 's-chongqing',
		kind: 'symposium',
		date: '2019-04-16',
		place: 'chongqing',
		title_zh: '',
		title_en: '',
		sources: []
	},
	{
		id: 's-taiyuan',
		kind: 'symposium',
		date: '2017-06-23',
		place: 'taiyuan',
		title_zh: '',
		title_en: '',
		sources: []
	}
];

describe('eventYear', () => {
	it('eventYear takes the nearest year written before the mention', () => {
		const s = '2015年在延安召开座谈会、在贵阳召开座谈会，2016年在银川召开座谈会，2017年在太原召开座谈会';
		expect(eventYear(s, s.indexOf('贵阳'), '2020-03-06', ['guiyang'], [])).toBe(2015);
		expect(eventYear(s, s.indexOf('银川'), '2020-03-06', ['yinchuan'], [])).toBe(2016);
		expect(eventYear(s, s.indexOf('太原'), '2017-06-23', ['taiyuan'], events)).toBeUndefined();
	});
	it('eventYear reads 去年 relative to the document date and skips targets such as 到2020年', () => {
		const s = '我去年在重庆座谈会上讲了这个问题';
		expect(eventYear(s, s.indexOf('重庆'), '2020-03-06', ['chongqing'], [])).toBe(2019);
		const t = '确保到2020年省内深度贫困地区完成';
		expect(eventYear(t, t.indexOf('省内'), '2017-06-23', ['x'], [])).toBeUndefined();
		const r = '2013年至2019年，832个贫困县农民人均可支配收入';
		expect(eventYear(r, r.indexOf('832'), '2020-03-06', ['counties_832'], [])).toBeUndefined();
	});
	it('eventYear falls back on a gazetteer event at the place when the sentence names its kind', () => {
		const s = '在重庆座谈会上讲了这个问题';
		expect(eventYear(s, s.indexOf('重庆'), '2020-03-06', ['chongqing'], events)).toBe(2019);
		const t = '重庆的贫困群众';
		expect(eventYear(t, 0, '2020-03-06', ['chongqing'], events)).toBeUndefined();
	});
	it('eventYear leaves out a year after the document: a target, not an event', () => {
		const s =
			'提前10年实现联合国2030年可持续发展议程的减贫目标，世界上没有哪一个国家能在这么短的时间内帮助这么多人脱贫';
		expect(eventYear(s, s.indexOf('世界'), '2020-03-06', ['world'], [])).toBeUndefined();
		// An earlier year in the same sentence is still read.
		const t = '2015年在延安召开座谈会，提出到2030年的目标';
		expect(eventYear(t, t.indexOf('延安'), '2020-03-06', ['yanan'], [])).toBe(2015);
		const u = '联合国2030年议程和2015年在延安召开的座谈会';
		expect(eventYear(u, u.indexOf('延安'), '2020-03-06', ['yanan'], [])).toBe(2015);
		const v = '联合国2030年议程同延安的经验';
		expect(eventYear(v, v.indexOf('延安'), '2020-03-06', ['yanan'], [])).toBeUndefined();
	});
});
