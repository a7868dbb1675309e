import type { RequestHandler } from './$types';
import { regions } from '../sources';

export const prerender = true;

/** Every target region as the union of its member counties (schema in src/routes/data/README.md). */
export const GET: RequestHandler = () =>
	new Response(JSON.stringify(regions()), {
		headers: { 'content-type': 'application/geo+json; charset=utf-8' }
	});
