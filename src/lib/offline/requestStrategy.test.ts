import { describe, expect, it } from 'vitest';
import { requestStrategy } from './requestStrategy';

const origin = 'http://192.168.1.20:4173';
const immutable = new Set(['/atlas/favicon.svg', '/favicon.svg']);
const at = (path: string, base = '/atlas', method = 'GET') =>
	requestStrategy({ method, url: new URL(path, origin), origin, base, immutable });

describe('requestStrategy', () => {
	it('requestStrategy serves hashed build files and static files from the cache first', () => {
		expect(at('/atlas/_app/immutable/assets/counties.topo.EHngcys4.json')).toBe('cache-first');
		expect(at('/atlas/favicon.svg')).toBe('cache-first');
		expect(at('/_app/immutable/entry/start.js', '')).toBe('cache-first');
	});

	it('requestStrategy asks the network first for pages and data', () => {
		expect(at('/atlas')).toBe('network-first');
		expect(at('/atlas/?place=%E5%B2%9A%E5%8E%BF')).toBe('network-first');
		expect(at('/atlas/read/2017-06-23-taiyuan')).toBe('network-first');
		expect(at('/atlas/data/index.json')).toBe('network-first');
		expect(at('/data/speeches/2020-03-06-beijing.json', '')).toBe('network-first');
	});

	it('requestStrategy leaves other origins, other methods, paths outside the base and the version check alone', () => {
		expect(
			requestStrategy({ method: 'GET', url: new URL('https://example.org/x'), origin, base: '', immutable })
		).toBe('bypass');
		expect(at('/atlas/data/index.json', '/atlas', 'POST')).toBe('bypass');
		expect(at('/atlas-old/index.html')).toBe('bypass');
		expect(at('/other/')).toBe('bypass');
		expect(at('/atlas/_app/version.json')).toBe('bypass');
		expect(at('/atlas/lan.json')).toBe('bypass');
	});
});
