/**
 * /data/mentions.csv: one row per mention, UTF-8 with a BOM (so Excel reads it as UTF-8),
 * CRLF line ends and RFC 4180 quoting. Header exactly
 * doc_id,doc_date,doc_kind,paragraph,start,end,surface,place_id,place_name_zh,adcode
 * where adcode is the place's 6-digit code when it has exactly one, else empty.
 */
import type { Gazetteer, Mention } from '../gazetteer/types';
import type { SpeechDocument } from './types';

export const MENTIONS_CSV_HEADER =
	'doc_id,doc_date,doc_kind,paragraph,start,end,surface,place_id,place_name_zh,adcode';

export function csvField(value: string | number): string {
	const s = String(value);
	return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function buildMentionsCsv(
	documents: readonly SpeechDocument[],
	gazetteer: Gazetteer,
	mentions: readonly Mention[]
): string {
	const docs = new Map(documents.map((d) => [d.id, d]));
	const places = new Map(gazetteer.places.map((p) => [p.id, p]));
	const rows = [MENTIONS_CSV_HEADER];
	for (const m of mentions) {
		const doc = docs.get(m.doc_id);
		const place = places.get(m.place_id);
		if (!doc) throw new Error(`mentions.csv: unknown document ${m.doc_id}`);
		if (!place) throw new Error(`mentions.csv: unknown place ${m.place_id}`);
		const adcode = place.codes?.length === 1 ? place.codes[0] : '';
		rows.push(
			[doc.id, doc.date, doc.kind, m.paragraph, m.start, m.end, m.surface, place.id, place.name_zh, adcode]
				.map(csvField)
				.join(',')
		);
	}
	return '\uFEFF' + rows.join('\r\n') + '\r\n';
}
