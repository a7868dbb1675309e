/** Resolves a stop's passage reference against the corpus: the exact quote and its marks. */
import type { CitedDocument, ResolvedStop, TourStop } from './types';
import { tourLookup, type TourContext } from './context';
import { isSentenceEnd, isSentenceStart } from './boundaries';

export function resolveStop(stop: TourStop, ctx: TourContext): ResolvedStop {
	const lookup = tourLookup(ctx);
	const { doc: docId, paragraph, start, end } = stop.passage;
	const doc = lookup.document(docId);
	const para = lookup.paragraph(docId, paragraph);
	if (!doc || !para) throw new Error(`resolveStop: no paragraph ${docId}/${paragraph}`);
	if (!(start >= 0 && start < end && end <= para.text.length))
		throw new Error(`resolveStop: offsets ${start}–${end} outside ${docId}/${paragraph}`);
	const marks: [number, number][] = [];
	for (const m of lookup.mentionsIn(docId, paragraph)) {
		if (m.start < start || m.end > end || !stop.highlight.includes(m.place_id)) continue;
		const last = marks[marks.length - 1];
		if (last && m.start - start < last[1]) continue; // overlapping mention of the same words
		marks.push([m.start - start, m.end - start]);
	}
	return {
		...stop,
		quote: para.text.slice(start, end),
		cutBefore: !isSentenceStart(para.text, start),
		cutAfter: !isSentenceEnd(para.text, end),
		marks,
		document: citedDocument(doc)
	};
}

/** The citation fields of a document (one place decides what a stop carries of its document). */
export function citedDocument({ id, title, title_en, date, kind }: CitedDocument): CitedDocument {
	return { id, title, ...(title_en ? { title_en } : {}), date, kind };
}
