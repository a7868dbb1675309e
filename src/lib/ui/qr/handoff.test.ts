import { describe, expect, it } from 'vitest';
import { handoffUrl, isLoopbackHost, parseLanFile } from './handoff';

const view = '?place=liangshan&view=102.8544,27.6871,9.44';

describe('handoffUrl', () => {
	it('hands out a LAN page as it is', () => {
		expect(handoffUrl(`http://192.168.1.20:4173/${view}`, 'http://192.168.1.20:4173/', [])).toEqual({
			kind: 'direct',
			url: `http://192.168.1.20:4173/${view}`
		});
	});
	it('refuses a loopback page when no LAN address is known', () => {
		for (const origin of ['http://127.0.0.1:4173', 'http://localhost:4173', 'http://[::1]:4173'])
			expect(handoffUrl(`${origin}/read/2017-06-23-taiyuan`, `${origin}/`, [])).toEqual({
				kind: 'loopback',
				url: null
			});
	});
	it('moves a loopback page to the LAN address, keeping path, query and hash (and the base path)', () => {
		expect(
			handoffUrl(`http://localhost:4173/${view}`, 'http://localhost:4173/', [
				'http://192.168.1.20:4173/',
				'http://10.0.0.5:4173/'
			])
		).toEqual({ kind: 'lan', url: `http://192.168.1.20:4173/${view}` });
		expect(
			handoffUrl('http://127.0.0.1:8080/atlas/place/liangshan?lang=en#x', 'http://127.0.0.1:8080/atlas/', [
				'http://192.168.1.20:8080/atlas/'
			])
		).toEqual({ kind: 'lan', url: 'http://192.168.1.20:8080/atlas/place/liangshan?lang=en#x' });
	});
	it('takes a page opened at a published address (a loopback one in tests) as reachable', () => {
		expect(
			handoffUrl(`http://127.0.0.2:4322/${view}`, 'http://127.0.0.2:4322/', ['http://127.0.0.2:4322/'])
		).toEqual({
			kind: 'direct',
			url: `http://127.0.0.2:4322/${view}`
		});
	});
});

describe('isLoopbackHost', () => {
	it('knows the names of this machine, and only those', () => {
		for (const h of ['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1', '0.0.0.0'])
			expect(isLoopbackHost(h), h).toBe(true);
		for (const h of ['192.168.1.20', '10.0.0.5', 'school.example', '128.0.0.1', 'localhost.example.com'])
			expect(isLoopbackHost(h), h).toBe(false);
	});
});

describe('parseLanFile', () => {
	it('keeps http(s) roots and drops anything else', () => {
		expect(
			parseLanFile({ urls: ['http://192.168.1.20:4173/', 'javascript:alert(1)/', 'http://x', 5, 'ftp://a/'] })
		).toEqual(['http://192.168.1.20:4173/']);
		expect(parseLanFile(null)).toEqual([]);
		expect(parseLanFile({ urls: 'http://a/' })).toEqual([]);
	});
});
