import type { RequestHandler } from './$types';
import { loadPovertyCounties } from '$lib/gazetteer/load';
import { buildAtlas } from '$lib/explore/build-atlas';
import { gazetteer, labelPoints } from '../sources';

export const prerender = true;

/** The gazetteer trimmed for the explore screen (schema: Atlas in src/lib/explore/types.ts). */
export const GET: RequestHandler = () =>
	new Response(JSON.stringify(buildAtlas(gazetteer, loadPovertyCounties(), labelPoints())), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
