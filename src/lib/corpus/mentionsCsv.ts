/**
 * /data/mentions.csv: one row per place a mention reaches, UTF-8 with a BOM (so Excel reads it as
 * UTF-8), CRLF line ends and RFC 4180 quoting. Header exactly MENTIONS_CSV_HEADER.
 *
 * Each mention gives first its `named` row (the place the text names), then a row for every other
 * gazetteer place the same passage reaches, as the popups and /place pages show it:
 * `same_territory` (三区三州's 凉山州 ↔ the prefecture), `via_region` (a prefecture, area, group or
 * region containing the place), `via_province` (the province containing it: the popups show
 * these only with the "含省级段落" toggle). `via_place_id` is the named place of those rows.
 * `adcode` is the place's 6-digit code (for a place without one, that of its `same_as` unit).
 * `read_as` is how the matcher read the mention (enumeration, qualified, context, or empty).
 */
import type { Gazetteer, Mention, Place } from '../gazetteer/types';
import type { PassageIndex, SpeechDocument } from './types';
import { passageReceivers } from './passages';

export const MENTIONS_CSV_HEADER =
	'doc_id,doc_date,doc_kind,paragraph,start,end,surface,place_id,place_name_zh,adcode,reached,via_place_id,read_as';

export type Reached = 'named' | 'same_territory' | 'via_region' | 'via_province';

export function csvField(value: string | number): string {
	const s = String(value);
	return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The 6-digit code a place stands for: its own single code, else that of its `same_as` unit. */
export function placeAdcode(place: Place, byId: ReadonlyMap<string, Place>): string {
	if (place.codes?.length === 1) return place.codes[0];
	const twin = place.same_as ? byId.get(place.same_as) : undefined;
	return twin?.codes?.length === 1 ? twin.codes[0] : '';
}

export function buildMentionsCsv(
	documents: readonly SpeechDocument[],
	gazetteer: Gazetteer,
	mentions: readonly Mention[],
	index: PassageIndex
): string {
	const docs = new Map(documents.map((d) => [d.id, d]));
	const places = new Map(gazetteer.places.map((p) => [p.id, p]));
	const receivers = passageReceivers(gazetteer);
	const entries = Object.entries(index.places);
	const rows = [MENTIONS_CSV_HEADER];
	for (const m of mentions) {
		const doc = docs.get(m.doc_id);
		const named = places.get(m.place_id);
		if (!doc) throw new Error(`mentions.csv: unknown document ${m.doc_id}`);
		if (!named) throw new Error(`mentions.csv: unknown place ${m.place_id}`);
		const row = (place: Place, reached: Reached) =>
			[
				doc.id,
				doc.date,
				doc.kind,
				m.paragraph,
				m.start,
				m.end,
				m.surface,
				place.id,
				place.name_zh,
				placeAdcode(place, places),
				reached,
				reached === 'named' ? '' : named.id,
				m.via ?? ''
			]
				.map(csvField)
				.join(',');
		const own = receivers(named.id);
		rows.push(row(named, 'named'));
		for (const id of own.slice(1)) rows.push(row(places.get(id)!, 'same_territory'));
		// A place reached through one of them, unless the same passage names it (the popup shows it once).
		const inPassage = (id: string) =>
			index.places[id]?.direct.some((r) => {
				const p = index.passages[r.passage];
				return p.doc === m.doc_id && p.paragraph === m.paragraph && p.start <= m.start && m.end <= p.end;
			});
		for (const [id, entry] of entries) {
			if (own.includes(id) || inPassage(id)) continue;
			const reached: Reached | undefined = entry.via?.some((v) => own.includes(v))
				? 'via_region'
				: entry.provinces?.some((v) => own.includes(v))
					? 'via_province'
					: undefined;
			if (reached) rows.push(row(places.get(id)!, reached));
		}
	}
	return '\uFEFF' + rows.join('\r\n') + '\r\n';
}
