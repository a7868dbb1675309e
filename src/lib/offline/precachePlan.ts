import type { BuildLists, PrecachePlan } from './types';

/**
 * Files that are stored in the background after install rather than during it, so the first visit
 * is not held up: the county topology (about 2.6 MB), needed only at county zoom, and the pages of
 * single places (/place/{id}, one per gazetteer place), which the explore page does not need.
 */
export const DEFERRED_FILES: readonly RegExp[] = [/\/counties\.topo\.[^/]*\.json$/, /\/place\/[^/]+$/];

/**
 * Splits everything the site is made of into what the service worker stores while installing
 * (pages, data, scripts, styles, the China and world topologies) and what it stores just after.
 * Source maps are left out; duplicates are removed; order is kept.
 */
export function precachePlan(lists: BuildLists, deferred: readonly RegExp[] = DEFERRED_FILES): PrecachePlan {
	const seen = new Set<string>();
	const plan: PrecachePlan = { critical: [], deferred: [] };
	for (const url of [...lists.prerendered, ...lists.build, ...lists.files]) {
		if (seen.has(url) || url.endsWith('.map')) continue;
		seen.add(url);
		(deferred.some((re) => re.test(url)) ? plan.deferred : plan.critical).push(url);
	}
	return plan;
}
