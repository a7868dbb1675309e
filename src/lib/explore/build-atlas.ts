/**
 * Builds /data/atlas.json at prerender time from the full gazetteer (which stays out of the client
 * bundle): only what the explore screen draws, lists and searches.
 */
import { pinyin } from 'pinyin-pro';
import type { Gazetteer, PovertyCounty } from '../gazetteer/types';
import { membershipStatus } from '../gazetteer/membership';
import type { LonLat } from '../geo/types';
import type { Atlas, AtlasPlace } from './types';

/** Lowercase toneless pinyin, no separators: 凉山 → liangshan. */
export function pinyinKey(zh: string): string {
	return pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase();
}

export function buildAtlas(
	gazetteer: Gazetteer,
	povertyCounties: readonly PovertyCounty[],
	labelPoints: ReadonlyMap<string, LonLat>
): Atlas {
	const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
	const pointOf = (id: string | undefined, depth = 0): LonLat | undefined => {
		const p = id ? byId.get(id) : undefined;
		if (!p || depth > 3) return undefined;
		if (p.codes?.length === 1 && labelPoints.has(p.codes[0])) return labelPoints.get(p.codes[0]);
		return p.coord ?? pointOf(p.placed_at, depth + 1);
	};
	const places = gazetteer.places.map((p): AtlasPlace => {
		const out: AtlasPlace = {
			id: p.id,
			kind: p.kind,
			name_zh: p.name_zh,
			name_en: p.name_en,
			...(p.short_en ? { short_en: p.short_en } : {}),
			aliases: p.aliases,
			pinyin: pinyinKey(p.name_zh)
		};
		if (p.codes?.length) out.codes = p.codes;
		if (p.members?.length) {
			out.members = p.members;
			const s = membershipStatus(p);
			out.status = { sourced: s.sourced, official: s.official, complete: s.complete };
			if (p.member_confidence) out.member_confidence = p.member_confidence;
		}
		if (p.parts?.length) out.parts = p.parts;
		if (p.parent) out.parent = p.parent;
		const point = pointOf(p.id);
		if (point) out.point = point;
		const approximate = p.approximate === true || (!p.coord && !p.codes?.length && !!p.placed_at);
		if (approximate) out.approximate = true;
		if (p.notes) out.notes = p.notes;
		return out;
	});
	const exitYears: Record<string, number> = {};
	const exitCounts: Record<string, number> = {};
	for (const c of povertyCounties) {
		exitYears[c.code_2023] = c.exit_year;
		exitCounts[c.exit_year] = (exitCounts[c.exit_year] ?? 0) + 1;
	}
	return { schema: 1, places, events: gazetteer.events, exitYears, exitCounts };
}
