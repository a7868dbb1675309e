/**
 * Passage index: for each gazetteer place, the passages (whole sentences) that name it, and
 * the containing places (prefecture, area, province, group) whose passages it inherits. Each
 * excerpt is stored once and referenced by index, so the JSON stays small; passagesForPlace
 * expands one place's list for display.
 */
import type { Gazetteer, Mention } from '../gazetteer/types';
import type { PassageIndex, PassageRef, PlacePassage, SpeechDocument } from './types';
import { buildContainment } from './containment';
import { eventYear } from './eventYear';
import { excerptAround, splitSentences } from './sentences';

/** Documents in reading order for the index: by date, then id. */
function sortDocuments(documents: readonly SpeechDocument[]): SpeechDocument[] {
	return [...documents].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

export function buildPassageIndex(
	documents: readonly SpeechDocument[],
	gazetteer: Gazetteer,
	mentions: readonly Mention[]
): PassageIndex {
	const docs = sortDocuments(documents);
	const docOrder = new Map(docs.map((d, i) => [d.id, i]));
	const paragraphs = new Map<string, { text: string; order: number }>();
	for (const d of docs)
		d.paragraphs.forEach((p, i) => paragraphs.set(`${d.id}\u0000${p.id}`, { text: p.text, order: i }));
	const docById = new Map(docs.map((d) => [d.id, d]));

	const passages: PassageIndex['passages'] = [];
	const passageKey = new Map<string, number>();
	// place id → passage number → ref
	const refs = new Map<string, Map<number, PassageRef>>();

	const ordered = [...mentions].sort(
		(a, b) =>
			(docOrder.get(a.doc_id) ?? 0) - (docOrder.get(b.doc_id) ?? 0) ||
			(paragraphs.get(`${a.doc_id}\u0000${a.paragraph}`)?.order ?? 0) -
				(paragraphs.get(`${b.doc_id}\u0000${b.paragraph}`)?.order ?? 0) ||
			a.start - b.start
	);
	for (const m of ordered) {
		const para = paragraphs.get(`${m.doc_id}\u0000${m.paragraph}`);
		const doc = docById.get(m.doc_id);
		if (!para || !doc)
			throw new Error(`mention of ${m.place_id} in unknown paragraph ${m.doc_id}/${m.paragraph}`);
		const span = excerptAround(para.text, m.start, m.end);
		const key = `${m.doc_id}\u0000${m.paragraph}\u0000${span.start}`;
		let n = passageKey.get(key);
		if (n === undefined) {
			n = passages.length;
			passageKey.set(key, n);
			passages.push({
				doc: m.doc_id,
				paragraph: m.paragraph,
				...span,
				text: para.text.slice(span.start, span.end)
			});
		}
		let byPassage = refs.get(m.place_id);
		if (!byPassage) refs.set(m.place_id, (byPassage = new Map()));
		let ref = byPassage.get(n);
		if (!ref) {
			const sentence = splitSentences(para.text).find((s) => s.end > m.start) ?? span;
			const year = eventYear(
				para.text.slice(sentence.start, sentence.end),
				m.start - sentence.start,
				doc.date,
				[m.place_id],
				gazetteer.events
			);
			ref = { passage: n, mentions: [], ...(year !== undefined ? { year } : {}) };
			byPassage.set(n, ref);
		}
		ref.mentions.push([m.start - span.start, m.end - span.start]);
	}

	const containment = buildContainment(gazetteer);
	const places: PassageIndex['places'] = {};
	for (const p of gazetteer.places) {
		const direct = [...(refs.get(p.id)?.values() ?? [])];
		const via = containment.ancestors(p.id).filter((a) => refs.has(a));
		if (direct.length === 0 && via.length === 0) continue;
		places[p.id] = { direct, ...(via.length > 0 ? { via } : {}) };
	}
	return {
		schema: 1,
		documents: docs.map((d) => ({ id: d.id, title: d.title, date: d.date, kind: d.kind })),
		passages,
		places
	};
}

/**
 * Every passage for one place in reading order: those naming it, then (deduplicated) those
 * naming a region containing it, each marked with the region's id in `via`.
 */
export function passagesForPlace(index: PassageIndex, placeId: string): PlacePassage[] {
	const entry = index.places[placeId];
	if (!entry) return [];
	const seen = new Set<number>();
	const out: PlacePassage[] = [];
	for (const ref of entry.direct) {
		seen.add(ref.passage);
		out.push(ref);
	}
	for (const region of entry.via ?? []) {
		for (const ref of index.places[region]?.direct ?? []) {
			if (seen.has(ref.passage)) continue;
			seen.add(ref.passage);
			out.push({ ...ref, via: region });
		}
	}
	const docOrder = new Map(index.documents.map((d, i) => [d.id, i]));
	const paraNo = (p: string) => Number(p.replace(/\D/g, ''));
	return out.sort((a, b) => {
		const pa = index.passages[a.passage];
		const pb = index.passages[b.passage];
		return (
			(docOrder.get(pa.doc) ?? 0) - (docOrder.get(pb.doc) ?? 0) ||
			paraNo(pa.paragraph) - paraNo(pb.paragraph) ||
			pa.start - pb.start
		);
	});
}
