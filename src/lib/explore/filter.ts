/**
 * Which passages the explore filters let through, and what that means for places and provinces.
 * Pure: the map, the counts, the choropleth and the popups all read from here.
 */
import type { PassageIndex, PlacePassage } from '../corpus/types';
import type { ExploreState } from '../state/types';

export type PassageFilter = Pick<ExploreState, 'docs' | 'docKinds' | 'year'>;

/** A predicate over passage refs for the filters: document, kind of document, and year. */
export function passageFilter(index: PassageIndex, f: PassageFilter): (ref: PlacePassage) => boolean {
	const docs = new Map(index.documents.map((d) => [d.id, d]));
	return (ref) => {
		const p = index.passages[ref.passage];
		const doc = docs.get(p.doc);
		if (!doc) return false;
		if (f.docs && !f.docs.includes(doc.id)) return false;
		if (f.docKinds && !f.docKinds.includes(doc.kind)) return false;
		if (f.year !== null) {
			// A passage belongs to its document's year and to the year of the event it recounts.
			const docYear = Number(doc.date.slice(0, 4));
			if (f.year !== docYear && f.year !== ref.year) return false;
		}
		return true;
	};
}

/** Number of passages naming each place directly (not via a region), under the filters. */
export function directCounts(index: PassageIndex, f: PassageFilter): Map<string, number> {
	const keep = passageFilter(index, f);
	const out = new Map<string, number>();
	for (const [id, entry] of Object.entries(index.places)) {
		const n = entry.direct.filter(keep).length;
		if (n > 0) out.set(id, n);
	}
	return out;
}

/**
 * Mentions per province (6-digit code): every filtered passage that names a place lying in the
 * province — the province itself, its prefectures, counties, villages — counts once per place.
 */
export function provinceCounts(
	index: PassageIndex,
	f: PassageFilter,
	provinceOf: (placeId: string) => string | undefined
): Map<string, number> {
	const out = new Map<string, number>();
	for (const [id, n] of directCounts(index, f)) {
		const code = provinceOf(id);
		if (code) out.set(code, (out.get(code) ?? 0) + n);
	}
	return out;
}

/** The years the filter can offer: every document year and every event year of a passage. */
export function filterYears(index: PassageIndex): number[] {
	const years = new Set(index.documents.map((d) => Number(d.date.slice(0, 4))));
	for (const entry of Object.values(index.places))
		for (const ref of entry.direct) if (ref.year) years.add(ref.year);
	return [...years].sort((a, b) => a - b);
}
