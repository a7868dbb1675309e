/**
 * Which gazetteer places lie inside which others, computed from the data alone:
 * the `parent` chain, 6-digit code prefixes (510000 ⊃ 513400 ⊃ 513431), the member county lists
 * of areas and groups, and `same_as` (one territory under two ids). Used by the matcher (qualified forms such as
 * 河北保定市阜平县) and by the passage index (a county in 凉山 gets the 凉山 passages).
 */
import type { Gazetteer, Place } from '../gazetteer/types';

export interface Containment {
	/** Ids of every place that contains `id` (not `id` itself), nearest first where known. */
	ancestors(id: string): string[];
	/** True when `outer` contains `inner` (strictly, or as the same unit under another id). */
	contains(outer: string, inner: string): boolean;
	/**
	 * True when `outer` may qualify `inner` in a compound such as 山西吕梁山区: it contains it,
	 * or `inner` is an area that spans the province `outer`.
	 */
	qualifies(outer: string, inner: string): boolean;
}

/** The prefix a code stands for: 510000 → 51, 513400 → 5134, 513431 → 513431. */
function codePrefix(code: string): string {
	if (code.endsWith('0000')) return code.slice(0, 2);
	if (code.endsWith('00')) return code.slice(0, 4);
	return code;
}

function codeWithin(inner: string, outer: string): boolean {
	return inner !== outer && inner.startsWith(codePrefix(outer));
}

/** 四川省 → 四川, 广西壮族自治区 → 广西: the short names provinces are spanned by. */
function shortProvinceNames(p: Place): string[] {
	const names = [p.name_zh, ...p.aliases];
	const out = new Set(names);
	for (const n of names) {
		const m = /^(.+?)(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/.exec(n);
		if (m) out.add(m[1]);
	}
	return [...out];
}

export function buildContainment(gazetteer: Gazetteer): Containment {
	const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
	const memberSets = new Map<string, Set<string>>();
	for (const p of gazetteer.places)
		if (p.members && p.members.length > 0) memberSets.set(p.id, new Set(p.members));

	function directlyContains(outer: Place, inner: Place): boolean {
		if (outer.id === inner.id) return false;
		if (inner.parent === outer.id) return true;
		// The same territory under two ids (三区三州's 凉山州 and the prefecture): each holds the other.
		if (inner.same_as === outer.id || outer.same_as === inner.id) return true;
		if (outer.parts?.includes(inner.id)) return true;
		const innerCodes = inner.codes ?? [];
		if (innerCodes.length > 0) {
			const members = memberSets.get(outer.id);
			if (members && innerCodes.every((c) => members.has(c))) return true;
			const outerCodes = outer.codes ?? [];
			if (outerCodes.length > 0) {
				const within = innerCodes.every((c) => outerCodes.some((o) => codeWithin(c, o)));
				// Same unit under two ids (凉山州 the prefecture and 凉山 as one of 三区三州).
				const same =
					innerCodes.length === outerCodes.length && innerCodes.every((c) => outerCodes.includes(c));
				if (within || same) return true;
			}
		}
		// A group whose members are all inside another group's members (南疆四地州 ⊂ 三区三州).
		const outerMembers = memberSets.get(outer.id);
		if (outerMembers && inner.members && inner.members.length > 0) {
			if (inner.members.length < outerMembers.size && inner.members.every((c) => outerMembers.has(c)))
				return true;
		}
		return false;
	}

	const cache = new Map<string, string[]>();
	function ancestors(id: string): string[] {
		const hit = cache.get(id);
		if (hit) return hit;
		const place = byId.get(id);
		if (!place) return [];
		const seen = new Set<string>();
		const out: string[] = [];
		// The parent chain first (nearest first), then everything else that contains the place.
		let cur = place.parent ? byId.get(place.parent) : undefined;
		while (cur && !seen.has(cur.id) && cur.id !== id) {
			seen.add(cur.id);
			out.push(cur.id);
			cur = cur.parent ? byId.get(cur.parent) : undefined;
		}
		// Then, to a fixed point, everything containing the place or anything found so far
		// (凉山 ⊂ 三区三州's 凉山州 ⊂ 三区三州).
		const chain = [place, ...out.map((a) => byId.get(a)!)];
		for (let grew = true; grew;) {
			grew = false;
			for (const outer of gazetteer.places) {
				if (seen.has(outer.id) || outer.id === id || outer.kind === 'broad') continue;
				if (chain.some((inner) => directlyContains(outer, inner))) {
					seen.add(outer.id);
					out.push(outer.id);
					chain.push(outer);
					grew = true;
				}
			}
		}
		cache.set(id, out);
		return out;
	}

	function contains(outer: string, inner: string): boolean {
		return ancestors(inner).includes(outer);
	}

	function qualifies(outer: string, inner: string): boolean {
		if (contains(outer, inner)) return true;
		const o = byId.get(outer);
		const i = byId.get(inner);
		if (!o || !i || o.kind !== 'province' || !i.provinces_spanned) return false;
		// provinces_spanned holds province ids (the gazetteer) or names (older data): accept both.
		const names = shortProvinceNames(o);
		return i.provinces_spanned.some(
			(s) => s === o.id || names.includes(s) || names.includes(s.replace(/省$/, ''))
		);
	}

	return { ancestors, contains, qualifies };
}
