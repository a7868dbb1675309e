/**
 * Everything the place popup shows, as plain data: names, kind, parents, memberships, and the
 * passages under the current filters grouped by document. Pure, so it is tested without a browser.
 */
import type { PassageIndex, PlacePassage } from '../corpus/types';
import { passagesForCode, passagesForPlace, type ReachOptions } from '../corpus/passages';
import type { MemberConfidence, PlaceKind } from '../gazetteer/types';
import type { Atlas, AtlasPlace } from './types';
import { passageFilter, type PassageFilter } from './filter';

export interface UnitInfo {
	name_zh: string;
	level: 'province' | 'prefecture' | 'county';
	province?: string;
	prefecture?: string;
	/** For a prefecture: how many county-level units it has. */
	counties?: number;
}

export interface PassageGroup {
	doc: PassageIndex['documents'][number];
	passages: (PlacePassage & {
		text: string;
		paragraph: string;
		segments: { text: string; mark: boolean }[];
	})[];
}

export interface PlaceDescription {
	key: string;
	name_zh: string;
	name_en: string;
	kind: PlaceKind;
	/** Nearest first: prefecture, then province. */
	/** `name_en` where the parent is a gazetteer place (bare units have only their Chinese name). */
	parents: { key: string; name_zh: string; name_en?: string }[];
	/**
	 * Groups listing this place; `counties` when only that many of its counties are listed
	 * (`atLeast` when the group's own list is partial).
	 */
	memberships: {
		key: string;
		name_zh: string;
		name_en: string;
		counties?: number;
		atLeast?: boolean;
		/** The membership of this county rests on a single weak source graded so (area_counties_more.csv). */
		confidence?: MemberConfidence;
	}[];
	status?: AtlasPlace['status'];
	approximate: boolean;
	/** A broad word or an area with nothing to draw. */
	noShape: boolean;
	/** Passages before filtering, and the filtered ones grouped by document. */
	total: number;
	groups: PassageGroup[];
	/** Whether the passages naming the place's province are included (the popup's toggle). */
	provinces: boolean;
	/**
	 * How many passages (under the filters) naming the place's province the toggle adds — or, when
	 * they are included, added. 0 for a province itself and for a place whose province is not named.
	 */
	provinceExtra: number;
}

/** Splits an excerpt into text runs, marking the mention ranges. */
export function segments(text: string, marks: [number, number][]): { text: string; mark: boolean }[] {
	const out: { text: string; mark: boolean }[] = [];
	let at = 0;
	for (const [s, e] of [...marks].sort((a, b) => a[0] - b[0])) {
		if (s < at) continue;
		if (s > at) out.push({ text: text.slice(at, s), mark: false });
		out.push({ text: text.slice(s, e), mark: true });
		at = e;
	}
	if (at < text.length) out.push({ text: text.slice(at), mark: false });
	return out;
}

const LEVEL_KIND: Record<UnitInfo['level'], PlaceKind> = {
	province: 'province',
	prefecture: 'prefecture',
	county: 'county'
};

export function describePlace(
	key: string,
	atlas: Atlas,
	index: PassageIndex,
	filter: PassageFilter,
	unit: (code: string) => UnitInfo | undefined,
	reach: ReachOptions = {}
): PlaceDescription | null {
	const byId = new Map(atlas.places.map((p) => [p.id, p]));
	const isCode = /^\d{6}$/.test(key);
	const place = isCode ? undefined : byId.get(key);
	if (!isCode && !place) return null;
	// A code that a gazetteer place draws as its own unit is that place.
	const codeOwner = isCode
		? atlas.places.find((p) => p.codes?.length === 1 && p.codes[0] === key)
		: undefined;
	if (codeOwner) return describePlace(codeOwner.id, atlas, index, filter, unit, reach);
	const info = isCode ? unit(key) : undefined;
	if (isCode && !info) return null;

	const codes = place?.codes ?? (isCode ? [key] : []);
	const parents: PlaceDescription['parents'] = [];
	if (place) {
		for (let p = byId.get(place.parent ?? ''); p; p = byId.get(p.parent ?? ''))
			parents.push({ key: p.id, name_zh: p.name_zh, name_en: p.name_en });
	} else if (info) {
		for (const code of [info.prefecture, info.province]) {
			if (!code || code === key) continue;
			const owner = atlas.places.find((p) => p.codes?.length === 1 && p.codes[0] === code);
			const u = unit(code);
			if (owner || u)
				parents.push({
					key: owner?.id ?? code,
					name_zh: owner?.name_zh ?? u!.name_zh,
					name_en: owner?.name_en
				});
		}
	}

	// Areas and groups listing this unit. For a prefecture (or a place drawn with several units): any
	// group listing some of its counties — with how many when the group does not hold all of them,
	// so 凉山 reads "三区三州" but "四省藏区 · 1 个县". Whole memberships come first.
	const memberships: PlaceDescription['memberships'] = [];
	const kind = place?.kind ?? LEVEL_KIND[info!.level];
	if (codes.length && kind !== 'province') {
		const prefixes = codes.map((c) => (kind === 'prefecture' ? c.slice(0, 4) : c));
		const within = (m: string) => prefixes.some((x) => m.startsWith(x));
		// How many counties the place has, when the unit table knows (it does once counties load).
		const total =
			kind !== 'prefecture'
				? codes.length
				: codes.reduce<number | undefined>((n, c) => {
						const k = unit(c)?.counties;
						return n === undefined || k === undefined ? undefined : n + k;
					}, 0);
		const partial: PlaceDescription['memberships'] = [];
		for (const p of atlas.places) {
			if (!p.members?.length || p.id === place?.id) continue;
			const n = p.members.filter(within).length;
			if (!n) continue;
			// Unknown total: a group lying inside the place (its own 三区三州 part) is still whole.
			const confidence = codes.length === 1 ? p.member_confidence?.[codes[0]] : undefined;
			if (n === total || n === p.members.length)
				memberships.push({
					key: p.id,
					name_zh: p.name_zh,
					name_en: p.name_en,
					...(confidence ? { confidence } : {})
				});
			else
				partial.push({
					key: p.id,
					name_zh: p.name_zh,
					name_en: p.name_en,
					counties: n,
					// The group's list is itself partial: more of the place's counties may belong.
					...(p.status && !p.status.complete ? { atLeast: true } : {})
				});
		}
		memberships.push(...partial);
	}
	if (place)
		for (const p of atlas.places)
			if (p.parts?.includes(place.id) && !memberships.some((m) => m.key === p.id))
				memberships.unshift({ key: p.id, name_zh: p.name_zh, name_en: p.name_en });

	const passagesOf = (options: ReachOptions) =>
		place ? passagesForPlace(index, place.id, options) : passagesForCode(index, key, options);
	const all = passagesOf(reach);
	const keep = passageFilter(index, filter);
	const without = reach.provinces ? passagesOf({}) : all;
	const withProvinces = reach.provinces ? all : passagesOf({ provinces: true });
	const provinceExtra = withProvinces.filter(keep).length - without.filter(keep).length;
	const groups: PassageGroup[] = [];
	for (const ref of all.filter(keep)) {
		const passage = index.passages[ref.passage];
		let group = groups.find((g) => g.doc.id === passage.doc);
		if (!group) {
			const doc = index.documents.find((d) => d.id === passage.doc)!;
			groups.push((group = { doc, passages: [] }));
		}
		group.passages.push({
			...ref,
			text: passage.text,
			paragraph: passage.paragraph,
			segments: segments(passage.text, ref.mentions)
		});
	}
	return {
		key,
		name_zh: place?.name_zh ?? info!.name_zh,
		name_en: place?.name_en ?? '',
		kind,
		parents,
		memberships,
		status: place?.status,
		approximate: !!place?.approximate,
		noShape: place ? !place.codes?.length && !place.members?.length && !place.point : false,
		total: all.length,
		groups,
		provinces: !!reach.provinces,
		provinceExtra
	};
}
