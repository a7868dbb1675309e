/**
 * Mentions and passage index of a set of documents, computed once per (documents, gazetteer)
 * pair and shared by the prerendered /data endpoints and the pages that need them.
 */
import type { Gazetteer, Mention } from '../gazetteer/types';
import type { PassageIndex, SpeechDocument } from './types';
import { findMentions } from './matcher';
import { buildPassageIndex } from './passages';

export interface CorpusData {
	mentions: Mention[];
	index: PassageIndex;
}

const cache = new WeakMap<readonly SpeechDocument[], WeakMap<Gazetteer, CorpusData>>();

export function corpusData(documents: readonly SpeechDocument[], gazetteer: Gazetteer): CorpusData {
	let byGazetteer = cache.get(documents);
	if (!byGazetteer) cache.set(documents, (byGazetteer = new WeakMap()));
	const hit = byGazetteer.get(gazetteer);
	if (hit) return hit;
	const mentions = documents.flatMap((d) => findMentions(d, gazetteer));
	const data = { mentions, index: buildPassageIndex(documents, gazetteer, mentions) };
	byGazetteer.set(gazetteer, data);
	return data;
}
