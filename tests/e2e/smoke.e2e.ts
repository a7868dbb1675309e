import { test, expect } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { watch } from './util';

/** Every prerendered page of the built site, found in build/ so new routes are covered without edits. */
function builtPages(dir = 'build'): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) out.push(...builtPages(p));
		else if (name.endsWith('.html')) out.push(relative('build', p));
	}
	return out.sort();
}

test('the build has pages', () => {
	expect(builtPages()).toContain('index.html');
});

for (const file of builtPages()) {
	const path = file === 'index.html' ? './' : './' + file.replace(/(index)?\.html$/, '');
	test(`route ${path} loads with no error and no off-origin request`, async ({ page }) => {
		const w = watch(page);
		const res = await page.goto(path);
		expect(res?.status()).toBe(200);
		await page.waitForLoadState('networkidle');
		expect(w.problems).toEqual([]);
		expect(w.offOrigin).toEqual([]);
	});
}
