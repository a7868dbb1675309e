/** What tours are checked and resolved against: the documents, the gazetteer and the matcher's mentions. */
import type { Gazetteer, Mention, Place } from '../gazetteer/types';
import type { Paragraph, SpeechDocument } from '../corpus/types';

export interface TourContext {
	documents: readonly SpeechDocument[];
	gazetteer: Gazetteer;
	mentions: readonly Mention[];
}

/** Lookups built once per context. */
export interface TourLookup {
	document(id: string): SpeechDocument | undefined;
	paragraph(doc: string, id: string): Paragraph | undefined;
	place(id: string): Place | undefined;
	/** Mentions in one paragraph, in text order. */
	mentionsIn(doc: string, paragraph: string): readonly Mention[];
	ctx: TourContext;
}

const cache = new WeakMap<TourContext, TourLookup>();

export function tourLookup(ctx: TourContext): TourLookup {
	const hit = cache.get(ctx);
	if (hit) return hit;
	const docs = new Map(ctx.documents.map((d) => [d.id, d]));
	const paras = new Map<string, Paragraph>();
	for (const d of ctx.documents) for (const p of d.paragraphs) paras.set(`${d.id}\u0000${p.id}`, p);
	const places = new Map(ctx.gazetteer.places.map((p) => [p.id, p]));
	const mentions = new Map<string, Mention[]>();
	for (const m of ctx.mentions) {
		const key = `${m.doc_id}\u0000${m.paragraph}`;
		const list = mentions.get(key);
		if (list) list.push(m);
		else mentions.set(key, [m]);
	}
	for (const list of mentions.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
	const lookup: TourLookup = {
		document: (id) => docs.get(id),
		paragraph: (doc, id) => paras.get(`${doc}\u0000${id}`),
		place: (id) => places.get(id),
		mentionsIn: (doc, paragraph) => mentions.get(`${doc}\u0000${paragraph}`) ?? [],
		ctx
	};
	cache.set(ctx, lookup);
	return lookup;
}

/** True when a place can be drawn on the map: it has unit codes, member counties, parts or a point. */
export function isDrawable(place: Place, lookup: TourLookup): boolean {
	if ((place.codes?.length ?? 0) > 0 || (place.members?.length ?? 0) > 0 || place.coord) return true;
	if (place.placed_at) {
		const at = lookup.place(place.placed_at);
		return !!at && at.id !== place.id && isDrawable(at, lookup);
	}
	return (place.parts ?? []).some((id) => {
		const part = lookup.place(id);
		return !!part && part.id !== place.id && isDrawable(part, lookup);
	});
}
