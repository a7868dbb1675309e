import type { RequestHandler } from './$types';
import { documents } from '$lib/corpus/documents';
import { corpusData } from '$lib/corpus/corpusData';
import { buildPlacesGeoJson } from '$lib/corpus/placesGeojson';
import { gazetteer, labelPoints } from '../sources';

export const prerender = true;

export const GET: RequestHandler = () => {
	const { mentions } = corpusData(documents, gazetteer);
	const body = JSON.stringify(buildPlacesGeoJson(gazetteer, documents, mentions, labelPoints()));
	return new Response(body, { headers: { 'content-type': 'application/geo+json; charset=utf-8' } });
};
