/**
 * Presentation data for one place of the explore screen (/present/place?id=…): a stop per passage
 * that names it (or a region containing it, noted “via”), built in the browser from /data/atlas.json
 * and /data/index.json. Quotes are the index's excerpts, i.e. exact whole sentences of the text.
 */
import type { Atlas, AtlasPlace } from '../explore/types';
import type { PassageIndex } from '../corpus/types';
import { passagesForPlace } from '../corpus/passages';
import type { PlaceDrawing, PresentData, PresentStop } from './types';
import { citedDocument } from './resolve';

/** At most this many stops (a province can have dozens of passages). */
export const PLACE_STOPS_MAX = 30;

function drawingOf(place: AtlasPlace, byId: ReadonlyMap<string, AtlasPlace>): PlaceDrawing {
	let codes = place.members?.length ? place.members : (place.codes ?? []);
	if (codes.length === 0 && place.parts)
		codes = [...new Set(place.parts.flatMap((id) => byId.get(id)?.members ?? byId.get(id)?.codes ?? []))];
	const official = place.status?.official;
	return {
		id: place.id,
		name_zh: place.name_zh,
		name_en: place.name_en,
		codes: [...codes],
		// A label point only marks places without a shape (villages); shapes are outline enough.
		...(place.point && codes.length === 0 ? { point: place.point } : {}),
		...(place.status && !place.status.complete
			? { partial: { drawn: place.status.sourced, ...(official ? { official } : {}) } }
			: {})
	};
}

/** Null when the atlas has no such place. */
export function placePresentData(atlas: Atlas, index: PassageIndex, id: string): PresentData | null {
	const byId = new Map(atlas.places.map((p) => [p.id, p]));
	const place = byId.get(id);
	if (!place) return null;
	const docs = new Map(index.documents.map((d) => [d.id, d]));
	const stops: PresentStop[] = passagesForPlace(index, id)
		.slice(0, PLACE_STOPS_MAX)
		.map((ref) => {
			const p = index.passages[ref.passage];
			const doc = docs.get(p.doc)!;
			const via = ref.via ? byId.get(ref.via) : undefined;
			return {
				title: { zh: place.name_zh, en: place.name_en },
				camera: { fit: [id] },
				highlight: [id],
				passage: { doc: p.doc, paragraph: p.paragraph, start: p.start, end: p.end },
				quote: p.text,
				cutBefore: false,
				cutAfter: false,
				marks: ref.mentions.map(([a, b]): [number, number] => [a, b]),
				document: citedDocument(doc),
				...(via ? { note: { zh: `经由“${via.name_zh}”`, en: `via ${via.name_en}` } } : {})
			};
		});
	return {
		id: `place-${id}`,
		title: { zh: place.name_zh, en: place.name_en },
		description: { zh: `讲话中关于${place.name_zh}的段落`, en: `What the speeches say of ${place.name_en}` },
		stops,
		places: { [id]: drawingOf(place, byId) },
		context: {},
		symposia: []
	};
}
