import { describe, expect, it } from 'vitest';
import { navigationKeys } from './navigationKeys';

describe('navigationKeys', () => {
	it('navigationKeys tries the path, then its slash and .html variants', () => {
		expect(navigationKeys('/read/2017-06-23-taiyuan/', '')).toEqual([
			'/read/2017-06-23-taiyuan/',
			'/read/2017-06-23-taiyuan',
			'/read/2017-06-23-taiyuan.html'
		]);
		expect(navigationKeys('/atlas/read/x', '/atlas')).toEqual([
			'/atlas/read/x',
			'/atlas/read/x/',
			'/atlas/read/x.html'
		]);
	});

	it('navigationKeys finds the home page under a base path with or without the slash', () => {
		expect(navigationKeys('/atlas/', '/atlas')).toContain('/atlas');
		expect(navigationKeys('/atlas', '/atlas')).toContain('/atlas/');
		expect(navigationKeys('/', '')).toEqual(['/', '/index.html']);
	});
});
