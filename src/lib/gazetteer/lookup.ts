/**
 * Lookups over a Gazetteer: by id, by surface form, the areas and groups a county belongs to,
 * and the chain of parents.
 */
import type { Gazetteer, Place } from './types';
import { GROUP_KINDS } from './validate';

export interface GazetteerIndex {
	byId(id: string): Place | undefined;
	/** Places whose name_zh or alias is exactly `surface` (more than one for declared ambiguous forms). */
	byAlias(surface: string): Place[];
	/** Places (of any kind) that draw this 6-digit code as their own unit. */
	byCode(code: string): Place[];
	/** Areas, 三区三州 parts, groups and regions whose members include the county `code`. */
	membershipsOf(code: string): Place[];
	/** Parent chain, nearest first (village → county → prefecture → province). */
	parentsOf(id: string): Place[];
}

export function indexGazetteer(g: Gazetteer): GazetteerIndex {
	const ids = new Map(g.places.map((p) => [p.id, p]));
	const surfaces = new Map<string, Place[]>();
	const codes = new Map<string, Place[]>();
	const members = new Map<string, Place[]>();
	const push = <K>(m: Map<K, Place[]>, k: K, p: Place) => {
		const list = m.get(k);
		if (list) {
			if (!list.includes(p)) list.push(p);
		} else m.set(k, [p]);
	};
	for (const p of g.places) {
		for (const s of [p.name_zh, ...p.aliases]) push(surfaces, s, p);
		for (const c of p.codes ?? []) push(codes, c, p);
		if (GROUP_KINDS.includes(p.kind) || p.kind === 'region')
			for (const c of p.members ?? []) push(members, c, p);
	}
	return {
		byId: (id) => ids.get(id),
		byAlias: (s) => surfaces.get(s) ?? [],
		byCode: (c) => codes.get(c) ?? [],
		membershipsOf: (c) => members.get(c) ?? [],
		parentsOf(id) {
			const chain: Place[] = [];
			const seen = new Set<string>([id]);
			let cur = ids.get(id);
			while (cur?.parent && !seen.has(cur.parent)) {
				seen.add(cur.parent);
				cur = ids.get(cur.parent);
				if (cur) chain.push(cur);
			}
			return chain;
		}
	};
}
