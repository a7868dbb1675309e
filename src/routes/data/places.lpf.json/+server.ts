import type { RequestHandler } from './$types';
import { loadSources } from '$lib/gazetteer/load';
import { buildPlacesLpf } from '$lib/corpus/placesLpf';
import { gazetteer, labelPoints, regions } from '../sources';

export const prerender = true;

/** The gazetteer in Linked Places Format (GeoJSON-LD; schema notes in src/routes/data/README.md). */
export const GET: RequestHandler = () =>
	new Response(JSON.stringify(buildPlacesLpf(gazetteer, loadSources(), labelPoints(), regions())), {
		headers: { 'content-type': 'application/ld+json; charset=utf-8' }
	});
