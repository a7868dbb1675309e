/**
 * Builds the reader's data for one document from the matcher's mentions and the places' label
 * points (build side: the gazetteer and geodata are passed in, never shipped to the page).
 */
import type { Mention } from '$lib/gazetteer/types';
import type { SpeechDocument } from '$lib/corpus/types';
import type { PlacesGeoJson } from '$lib/corpus/placesGeojson';
import type { ReaderData, ReaderMention, ReaderPlace } from './types';

export function readerData(
	doc: SpeechDocument,
	documents: readonly SpeechDocument[],
	mentions: readonly Mention[],
	places: PlacesGeoJson
): ReaderData {
	const byParagraph: Record<string, ReaderMention[]> = {};
	const used = new Set<string>();
	for (const m of mentions) {
		if (m.doc_id !== doc.id) continue;
		(byParagraph[m.paragraph] ??= []).push({ start: m.start, end: m.end, place: m.place_id });
		used.add(m.place_id);
	}
	for (const list of Object.values(byParagraph)) {
		list.sort((a, b) => a.start - b.start || b.end - a.end);
		// Keep the first of overlapping mentions (the matcher gives none today; be safe).
		for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].end) list.splice(i--, 1);
	}
	const out: Record<string, ReaderPlace> = {};
	for (const f of places.features) {
		const p = f.properties;
		if (!used.has(p.id)) continue;
		const c = f.geometry?.coordinates;
		out[p.id] = {
			id: p.id,
			name_zh: p.name_zh,
			name_en: p.name_en,
			kind: p.kind,
			at: c ? [c[0], c[1]] : null,
			approximate: p.approximate
		};
	}
	return {
		doc,
		mentions: byParagraph,
		places: out,
		documents: documents.map((d) => ({ id: d.id, title: d.title, date: d.date, kind: d.kind }))
	};
}
