import type { PageServerLoad } from './$types';
import { documents } from '$lib/corpus/documents';
import { corpusData } from '$lib/corpus/corpusData';
import { legendAtlas } from '$lib/explore/legend';
import { filterYears } from '$lib/explore/filter';
import { gazetteer, atlas } from './data/sources';

/**
 * What the filters and the layer panel need, known at build time and inlined in the prerendered page
 * (issue 12 §2): they render with the page, not after /data/index.json and /data/atlas.json. Built
 * from the same sources as those two files.
 */
export const load: PageServerLoad = () => {
	const { index } = corpusData(documents, gazetteer);
	return {
		documents: index.documents,
		years: filterYears(index),
		legendAtlas: legendAtlas(atlas())
	};
};
