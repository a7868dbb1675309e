import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CJK_FONT_STACK } from './fonts';

/** The families of the page's `--font-cjk` (app.css), unquoted, in order. */
function pageStack(): string[] {
	const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');
	const m = /--font-cjk:\s*([^;]+);/.exec(css);
	if (!m) throw new Error('app.css declares no --font-cjk');
	return m[1].split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, ''));
}

describe('one font stack for map labels and page text', () => {
	it('the page CSS lists the map stack’s families in the same order (CSS cannot import it)', () => {
		const named = CJK_FONT_STACK.filter((f) => f !== 'sans-serif');
		const page = pageStack();
		expect(page.filter((f) => named.includes(f))).toEqual(named);
		expect(page.at(-1)).toBe('sans-serif');
	});
});
