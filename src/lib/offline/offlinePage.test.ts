import { describe, expect, it } from 'vitest';
import { offlinePage } from './offlinePage';

describe('offlinePage', () => {
	it('offlinePage links to the home page under the base path and runs no script', () => {
		const html = offlinePage('/atlas');
		expect(html).toContain('href="/atlas/"');
		expect(html).not.toMatch(/<script/i);
		expect(html).toContain('离线');
	});

	it('offlinePage escapes the base path', () => {
		expect(offlinePage('/a"><b')).toContain('href="/a&quot;&gt;&lt;b/"');
	});
});
