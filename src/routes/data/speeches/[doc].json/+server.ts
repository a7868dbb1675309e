import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { documents, getDocument } from '$lib/corpus/documents';

export const prerender = true;

export const entries: EntryGenerator = () => documents.map((d) => ({ doc: d.id }));

export const GET: RequestHandler = ({ params }) => {
	const doc = getDocument(params.doc);
	if (!doc) error(404, `No document ${params.doc}`);
	return new Response(JSON.stringify(doc), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
