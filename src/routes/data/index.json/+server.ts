import type { RequestHandler } from './$types';
import { documents } from '$lib/corpus/documents';
import { corpusData } from '$lib/corpus/corpusData';
import { gazetteer } from '../sources';

export const prerender = true;

/** The passage index the UI loads (schema: PassageIndex in src/lib/corpus/types.ts). */
export const GET: RequestHandler = () => {
	const { index } = corpusData(documents, gazetteer);
	return new Response(JSON.stringify(index), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
