/**
 * What the map draws for a place: the 6-digit codes of the units (provinces, prefectures or
 * counties), or a point; and, for areas whose county list is incomplete, how much is drawn and
 * which provinces the whole area spans.
 */
import type { Place } from '../gazetteer/types';
import type { LonLat } from '../geo/types';
import type { TourLookup } from './context';
import type { PlaceDrawing } from './types';

function collect(
	place: Place,
	lookup: TourLookup,
	seen: Set<string>
): { codes: Set<string>; point?: LonLat } {
	const codes = new Set<string>();
	if (seen.has(place.id)) return { codes };
	seen.add(place.id);
	if (place.members && place.members.length > 0) place.members.forEach((c) => codes.add(c));
	else if (place.codes && place.codes.length > 0) place.codes.forEach((c) => codes.add(c));
	else if (place.parts)
		for (const id of place.parts) {
			const part = lookup.place(id);
			if (part) collect(part, lookup, seen).codes.forEach((c) => codes.add(c));
		}
	let point = place.coord;
	if (!point && codes.size === 0 && place.placed_at) {
		const at = lookup.place(place.placed_at);
		if (at) {
			const r = collect(at, lookup, seen);
			r.codes.forEach((c) => codes.add(c));
			point = r.point;
		}
	}
	return { codes, point };
}

export function placeDrawing(place: Place, lookup: TourLookup): PlaceDrawing {
	const { codes, point } = collect(place, lookup, new Set());
	const isGroup =
		place.kind === 'poverty-area' || place.kind === 'county-group' || place.kind === 'sanqu-sanzhou';
	const incomplete =
		isGroup &&
		(place.members_complete !== true ||
			(place.official_member_count !== undefined && codes.size < place.official_member_count));
	const spanned = incomplete
		? (place.provinces_spanned ?? [])
				.map((id) => lookup.place(id))
				.filter((p): p is Place => !!p && p.kind === 'province' && (p.codes?.length ?? 0) > 0)
		: [];
	return {
		id: place.id,
		name_zh: place.name_zh,
		name_en: place.name_en,
		codes: [...codes].sort(),
		...(point ? { point } : {}),
		...(incomplete
			? {
					partial: {
						drawn: codes.size,
						...(place.official_member_count ? { official: place.official_member_count } : {})
					}
				}
			: {}),
		...(spanned.length
			? {
					spans: {
						codes: spanned.flatMap((p) => p.codes ?? []),
						names: spanned.map((p) => ({ zh: p.name_zh, en: p.name_en }))
					}
				}
			: {})
	};
}
