/**
 * Builds the Gazetteer from its raw parts: copies the places, fills `members` of areas and groups
 * from the membership table, and for places with `parts` (三区三州, 集中连片特困地区) the union of
 * the parts' members. The 832 group takes its members from the poverty-county table.
 */
import type { Gazetteer, GazetteerEvent, GazetteerTables, MemberConfidence, Place } from './types';
import { GROUP_KINDS } from './validate';

export interface GazetteerParts {
	places: readonly Place[];
	events: readonly GazetteerEvent[];
	lexicon: Pick<Gazetteer, 'stopwords' | 'ambiguous'>;
	tables: GazetteerTables;
}

/** Id of the group whose members are all the 832 poverty counties. */
export const ALL_POVERTY_COUNTIES_ID = 'counties_832';

export function assembleGazetteer(parts: GazetteerParts): Gazetteer {
	const places: Place[] = structuredClone(parts.places) as Place[];
	const byArea = new Map<string, string[]>();
	const graded = new Map<string, Record<string, MemberConfidence>>();
	for (const row of parts.tables.members) {
		const list = byArea.get(row.area_id) ?? [];
		list.push(row.code_2023);
		byArea.set(row.area_id, list);
		if (row.confidence) {
			const g = graded.get(row.area_id) ?? {};
			g[row.code_2023] = row.confidence;
			graded.set(row.area_id, g);
		}
	}
	byArea.set(ALL_POVERTY_COUNTIES_ID, [...new Set(parts.tables.poverty_counties.map((p) => p.code_2023))]);
	const byId = new Map(places.map((p) => [p.id, p]));
	for (const p of places) {
		const own = byArea.get(p.id);
		if (own) p.members = [...new Set(own)].sort();
		if (graded.has(p.id)) p.member_confidence = graded.get(p.id);
		else if (GROUP_KINDS.includes(p.kind) || p.parts) p.members ??= [];
	}
	const resolving = new Set<string>();
	const membersOf = (p: Place): string[] => {
		if (!p.parts) return p.members ?? [];
		if (resolving.has(p.id)) throw new Error(`parts cycle at ${p.id}`);
		resolving.add(p.id);
		const union = new Set<string>(p.members ?? []);
		for (const id of p.parts) {
			const part = byId.get(id);
			if (part) for (const c of membersOf(part)) union.add(c);
		}
		resolving.delete(p.id);
		p.members = [...union].sort();
		// A member is weakly sourced in the whole when every part listing it lists it weakly.
		const weak: Record<string, MemberConfidence> = {};
		for (const c of p.members) {
			const listing = p.parts.map((id) => byId.get(id)).filter((q) => q?.members?.includes(c));
			const grades = listing.map((q) => q?.member_confidence?.[c]);
			if (grades.length && grades.every(Boolean)) weak[c] = grades[0]!;
		}
		if (Object.keys(weak).length) p.member_confidence = weak;
		else delete p.member_confidence;
		return p.members;
	};
	for (const p of places) if (p.parts) membersOf(p);
	return {
		places,
		events: structuredClone(parts.events) as GazetteerEvent[],
		stopwords: structuredClone(parts.lexicon.stopwords),
		ambiguous: structuredClone(parts.lexicon.ambiguous)
	};
}
