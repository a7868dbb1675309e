/**
 * /place/{id}: one gazetteer place and every passage that names it (or reaches it through a
 * containing region), as a plain page — to print on A4, to cite, and to read without the map.
 * Prerendered for every place of the atlas; the data is computed at build time.
 */
import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { documents } from '$lib/corpus/documents';
import { corpusData } from '$lib/corpus/corpusData';
import { describePlace } from '$lib/explore/describe';
import { gazetteer, atlas, units } from '../../data/sources';

export const prerender = true;

export const entries: EntryGenerator = () => atlas().places.map((p) => ({ id: p.id }));

export const load: PageServerLoad = ({ params }) => {
	const { index } = corpusData(documents, gazetteer);
	const all = { docs: null, docKinds: null, year: null };
	// Ids only: a bare unit code is not a page (its passages come through its regions).
	const describe = (provinces: boolean) =>
		/^\d{6}$/.test(params.id)
			? null
			: describePlace(params.id, atlas(), index, all, (c) => units().get(c), { provinces });
	const d = describe(false);
	if (!d) error(404, `no place with the id “${params.id}”`);
	// With the passages naming the province too (`?prov=1`, the toggle); only where that adds any.
	const withProvinces = d.provinceExtra > 0 ? describe(true) : null;
	const shown = new Set([d, withProvinces].flatMap((x) => x?.groups.map((g) => g.doc.id) ?? []));
	return {
		d,
		withProvinces,
		/** The pages that exist, so links to other places stay on this kind of page. */
		ids: atlas().places.map((p) => p.id),
		sources: documents
			.filter((doc) => shown.has(doc.id))
			.map((doc) => ({
				id: doc.id,
				title: doc.title,
				title_en: doc.title_en,
				date: doc.date,
				source: doc.source
			}))
	};
};
