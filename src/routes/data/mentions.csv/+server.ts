import type { RequestHandler } from './$types';
import { documents } from '$lib/corpus/documents';
import { corpusData } from '$lib/corpus/corpusData';
import { buildMentionsCsv } from '$lib/corpus/mentionsCsv';
import { gazetteer } from '../sources';

export const prerender = true;

export const GET: RequestHandler = () => {
	const { mentions, index } = corpusData(documents, gazetteer);
	return new Response(buildMentionsCsv(documents, gazetteer, mentions, index), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
