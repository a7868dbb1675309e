import { describe, expect, it } from 'vitest';
import { cacheName, staleCaches } from './staleCaches';

describe('staleCaches', () => {
	it('staleCaches removes the previous versions of this app after an update', () => {
		const old1 = cacheName('1700000000000');
		const old2 = cacheName('1710000000000');
		const current = cacheName('1720000000000');
		expect(staleCaches([old1, current, old2], current)).toEqual([old1, old2]);
	});

	it('staleCaches keeps the current cache and caches of other apps on the same origin', () => {
		const current = cacheName('v2');
		expect(staleCaches([current, 'workbox-precache-v2', 'other-app-v1'], current)).toEqual([]);
	});

	it('cacheName differs per version', () => {
		expect(cacheName('a')).not.toBe(cacheName('b'));
	});
});
