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

/**
 * One page per route shape: the numbered stops of a tour (present/<tour>/<n>) are the same route
 * with other data, so the first stop of each tour stands for the rest (the presentation spec walks
 * every stop); likewise one page of a place (place/<id>) stands for the 120 (the place spec and the
 * unit tests of describePlace cover their data).
 */
function onePerRoute(files: string[]): string[] {
	const seen = new Set<string>();
	return files.filter((f) => {
		// The fallback for unknown addresses (served with status 404): notfound.e2e.ts covers it.
		if (f === '404.html') return false;
		const shape = f.replace(/\/\d+\.html$/, '/N.html').replace(/^place\/[^/]+\.html$/, 'place/ID.html');
		if (shape === f) return true;
		if (seen.has(shape)) return false;
		seen.add(shape);
		return true;
	});
}

test('the build has pages', () => {
	expect(builtPages()).toContain('index.html');
});

for (const file of onePerRoute(builtPages())) {
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
