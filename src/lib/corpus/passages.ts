/**
 * Passage index: for each gazetteer place, the passages (whole sentences) that name it, and
 * the containing places (prefecture, area, group) whose passages it inherits. Each excerpt is
 * stored once and referenced by index, so the JSON stays small; passagesForPlace expands one
 * place's list for display.
 *
 * Provinces are kept apart: a passage that names a province is about the province, so it reaches
 * the places inside it (its cities, counties, villages) only when the reader asks for it
 * (`{ provinces: true }`, the popup's "含省级段落" toggle). Passages naming a target region (三区三州
 * and its parts, the 14 areas, the 52 and 832 groups, historic regions) and a prefecture always
 * reach their members, marked "经由…". (A province written only as the qualifier of a place
 * inside it — 陕西山阳县 — is not a mention at all: matcher rule 10.)
 */
import type { Gazetteer, Mention, PlaceKind } from '../gazetteer/types';
import type { PassageIndex, PassageRef, PlacePassage, SpeechDocument } from './types';
import { buildContainment } from './containment';
import { eventYear } from './eventYear';
import { excerptAround, splitSentences } from './sentences';

/** Documents in reading order for the index: by date, then id. */
function sortDocuments(documents: readonly SpeechDocument[]): SpeechDocument[] {
	return [...documents].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

export function buildPassageIndex(
	documents: readonly SpeechDocument[],
	gazetteer: Gazetteer,
	mentions: readonly Mention[]
): PassageIndex {
	const docs = sortDocuments(documents);
	const docOrder = new Map(docs.map((d, i) => [d.id, i]));
	const paragraphs = new Map<string, { text: string; order: number }>();
	for (const d of docs)
		d.paragraphs.forEach((p, i) => paragraphs.set(`${d.id}\u0000${p.id}`, { text: p.text, order: i }));
	const docById = new Map(docs.map((d) => [d.id, d]));

	const passages: PassageIndex['passages'] = [];
	const passageKey = new Map<string, number>();
	// place id → passage number → ref
	const refs = new Map<string, Map<number, PassageRef>>();

	const ordered = [...mentions].sort(
		(a, b) =>
			(docOrder.get(a.doc_id) ?? 0) - (docOrder.get(b.doc_id) ?? 0) ||
			(paragraphs.get(`${a.doc_id}\u0000${a.paragraph}`)?.order ?? 0) -
				(paragraphs.get(`${b.doc_id}\u0000${b.paragraph}`)?.order ?? 0) ||
			a.start - b.start
	);
	for (const m of ordered) {
		const para = paragraphs.get(`${m.doc_id}\u0000${m.paragraph}`);
		const doc = docById.get(m.doc_id);
		if (!para || !doc)
			throw new Error(`mention of ${m.place_id} in unknown paragraph ${m.doc_id}/${m.paragraph}`);
		const span = excerptAround(para.text, m.start, m.end);
		const key = `${m.doc_id}\u0000${m.paragraph}\u0000${span.start}`;
		let n = passageKey.get(key);
		if (n === undefined) {
			n = passages.length;
			passageKey.set(key, n);
			passages.push({
				doc: m.doc_id,
				paragraph: m.paragraph,
				...span,
				text: para.text.slice(span.start, span.end)
			});
		}
		let byPassage = refs.get(m.place_id);
		if (!byPassage) refs.set(m.place_id, (byPassage = new Map()));
		let ref = byPassage.get(n);
		if (!ref) {
			const sentence = splitSentences(para.text).find((s) => s.end > m.start) ?? span;
			const year = eventYear(
				para.text.slice(sentence.start, sentence.end),
				m.start - sentence.start,
				doc.date,
				[m.place_id],
				gazetteer.events
			);
			ref = { passage: n, mentions: [], ...(year !== undefined ? { year } : {}) };
			byPassage.set(n, ref);
		}
		ref.mentions.push([m.start - span.start, m.end - span.start]);
	}

	// One territory under two ids (same_as): a passage naming one names the other — 四川凉山 in the
	// 2017 list of 三区三州 names the prefecture 凉山州 too. Each gets the other's passages as its own,
	// except that a province's own passages stay the province's: the 三区三州 part 西藏 does not take
	// 山西、云南、西藏…5个省区 (the provinces), so they do not reach its counties unasked.
	const receivers = passageReceivers(gazetteer);
	const merged = new Map<string, Map<number, PassageRef>>();
	for (const [from, list] of [...refs]) {
		for (const id of receivers(from)) {
			if (id === from) continue;
			const shared = merged.get(id) ?? new Map(refs.get(id) ?? []);
			for (const [n, ref] of list) {
				const had = shared.get(n);
				shared.set(n, had ? { ...had, mentions: unionRanges(had.mentions, ref.mentions) } : ref);
			}
			merged.set(id, shared);
		}
	}
	for (const [id, list] of merged) refs.set(id, new Map([...list].sort((a, b) => a[0] - b[0])));

	const containment = buildContainment(gazetteer);
	const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
	// Smaller regions first, so a passage naming both 四川 and 凉山州 reaches a county via 凉山州.
	const size = (id: string): number => {
		const p = byId.get(id);
		if (!p) return Infinity;
		if (p.members && p.members.length > 0) return p.members.length;
		return p.kind === 'province' ? 1000 : p.kind === 'prefecture' ? 10 : p.kind === 'county' ? 1 : 500;
	};
	const bySize = (a: string, b: string) => size(a) - size(b);
	const places: PassageIndex['places'] = {};
	for (const p of gazetteer.places) {
		const direct = [...(refs.get(p.id)?.values() ?? [])];
		const containing = containment
			.ancestors(p.id)
			.filter((a) => refs.has(a))
			.sort(bySize);
		const via = containing.filter((a) => byId.get(a)?.kind !== 'province');
		const provinces = containing.filter((a) => byId.get(a)?.kind === 'province');
		if (direct.length === 0 && containing.length === 0) continue;
		places[p.id] = {
			direct,
			...(via.length > 0 ? { via } : {}),
			...(provinces.length > 0 ? { provinces } : {})
		};
	}
	// A code stands for the place drawn as exactly that unit; a place drawn with several units
	// (三西地区) contains them and reaches them through `members`, it is none of them.
	const codes: Record<string, string[]> = {};
	const members: Record<string, string[]> = {};
	for (const p of gazetteer.places) {
		if (!refs.has(p.id) || p.codes?.length !== 1) continue;
		(codes[p.codes[0]] ??= []).push(p.id);
	}
	for (const id of gazetteer.places
		.filter((p) => refs.has(p.id) && (p.members?.length || (p.codes?.length ?? 0) > 1))
		.map((p) => p.id)
		.sort(bySize))
		members[id] = byId.get(id)!.members?.length ? byId.get(id)!.members! : byId.get(id)!.codes!;
	return {
		schema: 1,
		documents: docs.map((d) => ({
			id: d.id,
			title: d.title,
			...(d.title_en ? { title_en: d.title_en } : {}),
			date: d.date,
			kind: d.kind
		})),
		passages,
		places,
		codes,
		members
	};
}

/**
 * Who takes the passages naming a place as their own: the place, and the other ids of the same
 * territory (`same_as`) — except that a province's own passages stay the province's (the 三区三州
 * part 西藏 does not take 山西、云南、西藏…5个省区, so they do not reach its counties unasked).
 */
export function passageReceivers(gazetteer: Gazetteer): (id: string) => string[] {
	const kind = new Map<string, PlaceKind>(gazetteer.places.map((p) => [p.id, p.kind]));
	const groupOf = new Map<string, string[]>();
	for (const g of territoryGroups(gazetteer)) for (const id of g) groupOf.set(id, g);
	return (id) => {
		const group = groupOf.get(id);
		if (!group) return [id];
		return [
			id,
			...group.filter((t) => t !== id && (kind.get(id) !== 'province' || kind.get(t) === 'province'))
		];
	};
}

/** Sets of ids that are one territory (linked by `same_as`, transitively), each of two or more. */
function territoryGroups(gazetteer: Gazetteer): string[][] {
	const root = new Map<string, string>();
	const find = (id: string): string => {
		const r = root.get(id);
		return r === undefined || r === id ? id : find(r);
	};
	for (const p of gazetteer.places) if (p.same_as) root.set(find(p.id), find(p.same_as));
	const groups = new Map<string, string[]>();
	for (const p of gazetteer.places) groups.set(find(p.id), [...(groups.get(find(p.id)) ?? []), p.id]);
	return [...groups.values()].filter((g) => g.length > 1);
}

/** The ranges of both lists, each once, in order. */
function unionRanges(a: [number, number][], b: [number, number][]): [number, number][] {
	const seen = new Set(a.map(([s, e]) => `${s}:${e}`));
	return [...a, ...b.filter(([s, e]) => !seen.has(`${s}:${e}`))].sort((x, y) => x[0] - y[0]);
}

/**
 * The places with passages that contain the county with this 6-digit code, nearest first: the
 * county itself (when a gazetteer place), its prefecture, the areas and groups listing it
 * (smallest first), then its province.
 */
const memberLookup = new WeakMap<PassageIndex, Map<string, string[]>>();

/** code → ids of the areas and groups listing it, smallest first (index.members inverted once). */
function areasListing(index: PassageIndex, code: string): string[] | undefined {
	let map = memberLookup.get(index);
	if (!map) {
		map = new Map();
		for (const [id, codes] of Object.entries(index.members)) {
			for (const c of codes) {
				const list = map.get(c);
				if (list) list.push(id);
				else map.set(c, [id]);
			}
		}
		memberLookup.set(index, map);
	}
	return map.get(code);
}

export interface CodeRegion {
	id: string;
	/** The place drawn as exactly this unit. */
	self: boolean;
	/** The unit's province: its passages reach the unit only when asked. */
	province?: boolean;
}

export function regionsForCode(index: PassageIndex, code: string): CodeRegion[] {
	const out: CodeRegion[] = [];
	const add = (ids: string[] | undefined, self: boolean, province = false) => {
		for (const id of ids ?? [])
			if (!out.some((o) => o.id === id)) out.push({ id, self, ...(province ? { province } : {}) });
	};
	add(index.codes[code], true);
	add(index.codes[code.slice(0, 4) + '00'], false);
	add(areasListing(index, code), false);
	if (code.slice(2) !== '0000') add(index.codes[code.slice(0, 2) + '0000'], false, true);
	return out;
}

/** Which passages reach a place besides those naming it. */
export interface ReachOptions {
	/** Also the passages naming its province (off by default: they are about the province). */
	provinces?: boolean;
}

/** Every passage for the county (or other unit) with this code, as passagesForPlace does for an id. */
export function passagesForCode(
	index: PassageIndex,
	code: string,
	options: ReachOptions = {}
): PlacePassage[] {
	const regions = regionsForCode(index, code);
	const direct = regions.filter((r) => r.self).flatMap((r) => index.places[r.id]?.direct ?? []);
	return expand(
		index,
		direct,
		regions.filter((r) => !r.self && (options.provinces || !r.province)).map((r) => r.id)
	);
}

/**
 * Every passage for one place in reading order: those naming it, then (deduplicated) those
 * naming a region containing it, each marked with the region's id in `via` — its province's
 * only with `{ provinces: true }`.
 */
export function passagesForPlace(
	index: PassageIndex,
	placeId: string,
	options: ReachOptions = {}
): PlacePassage[] {
	const entry = index.places[placeId];
	if (!entry) return [];
	return expand(index, entry.direct, [
		...(entry.via ?? []),
		...(options.provinces ? (entry.provinces ?? []) : [])
	]);
}

/** How many more passages `{ provinces: true }` would show for a place (or a bare unit code). */
export function provincePassageCount(index: PassageIndex, key: string): number {
	const byCode = /^\d{6}$/.test(key);
	const count = (provinces: boolean) =>
		(byCode ? passagesForCode(index, key, { provinces }) : passagesForPlace(index, key, { provinces }))
			.length;
	return count(true) - count(false);
}

function expand(index: PassageIndex, direct: readonly PassageRef[], via: readonly string[]): PlacePassage[] {
	const seen = new Set<number>();
	const out: PlacePassage[] = [];
	for (const ref of direct) {
		if (seen.has(ref.passage)) continue;
		seen.add(ref.passage);
		out.push(ref);
	}
	for (const region of via) {
		for (const ref of index.places[region]?.direct ?? []) {
			if (seen.has(ref.passage)) continue;
			seen.add(ref.passage);
			out.push({ ...ref, via: region });
		}
	}
	const docOrder = new Map(index.documents.map((d, i) => [d.id, i]));
	const paraNo = (p: string) => Number(p.replace(/\D/g, ''));
	return out.sort((a, b) => {
		const pa = index.passages[a.passage];
		const pb = index.passages[b.passage];
		return (
			(docOrder.get(pa.doc) ?? 0) - (docOrder.get(pb.doc) ?? 0) ||
			paraNo(pa.paragraph) - paraNo(pb.paragraph) ||
			pa.start - pb.start
		);
	});
}
