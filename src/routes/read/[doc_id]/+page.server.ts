/**
 * /read/{doc_id}: prerendered for every document. A server load (not a universal +page.ts) so
 * the matcher, gazetteer and geodata run only at build time; the page receives plain data.
 */
import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { documents, getDocument } from '$lib/corpus/documents';
import { corpusData } from '$lib/corpus/corpusData';
import { buildPlacesGeoJson } from '$lib/corpus/placesGeojson';
import { readerData } from '$lib/ui/reader/readerData';
import { gazetteer, labelPoints } from '../../data/sources';

export const prerender = true;

export const entries: EntryGenerator = () => documents.map((d) => ({ doc_id: d.id }));

export const load: PageServerLoad = ({ params }) => {
	const doc = getDocument(params.doc_id);
	if (!doc) error(404, 'document not found');
	const { mentions } = corpusData(documents, gazetteer);
	const places = buildPlacesGeoJson(gazetteer, documents, mentions, labelPoints());
	return readerData(doc, documents, mentions, places);
};
