import type { RequestHandler } from './$types';
import type { CountiesTopology } from '$lib/geo/types';
import { overviewTopology } from '../../../../scripts/geodata/overview';
import { OPTIONS } from '../../../../scripts/geodata/options';
import { firstViewShapes } from '$lib/explore/first-view';
import { atlas } from '../sources';
import counties from '../../../../geodata/counties.topo.json';

export const prerender = true;

/**
 * The shapes the explore map's first view draws (regions already merged, the named counties),
 * simplified for the national view at build time from counties.topo.json and the gazetteer.
 */
export const GET: RequestHandler = () => {
	const topo = overviewTopology(
		counties as unknown as CountiesTopology,
		firstViewShapes(atlas()),
		OPTIONS.overview
	);
	return new Response(JSON.stringify(topo), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
