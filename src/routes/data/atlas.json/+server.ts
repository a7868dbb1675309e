import type { RequestHandler } from './$types';
import { atlas } from '../sources';

export const prerender = true;

/** The gazetteer trimmed for the explore screen (schema: Atlas in src/lib/explore/types.ts). */
export const GET: RequestHandler = () =>
	new Response(JSON.stringify(atlas()), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
