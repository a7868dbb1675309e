/**
 * Place-mention matcher: finds every gazetteer place a document names.
 *
 * One trie over every name, alias and stopword of the gazetteer is compiled once per gazetteer
 * (cached) and scanned leftmost-longest over each paragraph; then a few context rules run over
 * the tokens of that paragraph. The rules, and the ambiguous cases they settle:
 *
 * 1. Longest match wins: 四川凉山州 is read as 四川 + 凉山州, never 四川 + 凉山 + 州; 吕梁山区 is the
 *    poverty area, not the prefecture 吕梁 (吕梁 alone, if the gazetteer lists it, is the prefecture);
 *    大小凉山彝区, 四省藏区, 南疆四地州, 燕山－太行山区 are read whole.
 * 2. Stopwords are matched like names, so a longer stopword hides the names inside it
 *    (新华社北京 hides 北京). Stopwords come from the gazetteer; BUILTIN_STOPWORDS below only
 *    covers the broad words the texts use when the gazetteer does not list them.
 * 3. Datelines: a name right after 新华社 and before "N月N日电" is the dateline, not a mention
 *    (新华社北京3月6日电, 新华社北京8月31日电), whatever the city.
 * 4. Qualified forms yield each place named, with its own offsets: 河北保定市阜平县 → 河北, 保定市,
 *    阜平县; a single alias such as 四川凉山 is split into 四川 + 凉山 when both halves are names and
 *    the first contains the second. A province also qualifies an area that spans it (山西吕梁山区).
 *    All parts carry via 'qualified'.
 * 5. Enumerations (names joined by 、 和 及 与 以及) yield one mention per place, via 'enumeration'
 *    (山西、云南、西藏、青海、新疆5个省区 → five mentions). A qualified part keeps 'qualified'.
 * 6. A surface naming several places (西藏 the province and 西藏 the poverty area) is settled by
 *    context: the kind of the unambiguous places enumerated with it (西藏和四省藏区、南疆四地州 → the
 *    area), else a counting word after the enumeration (…新疆5个省区 → province), else the order
 *    of the candidates in the gazetteer's `ambiguous` list (first is the default).
 * 7. Failing 6, an ambiguous name takes a candidate the same paragraph names unambiguously
 *    (宁德 in a paragraph that names 宁德地区); otherwise the gazetteer's default. A general word
 *    is never settled this way (rule 9).
 * 8. A group name right after a list of its own parts is the list's head noun and is dropped
 *    (武陵山、乌蒙山、滇桂黔集中连片特困地区 names three areas, not the fourteen).
 * 9. A general word (a `broad` place: 老区, 革命老区, 藏区, 民族地区 …) stays general unless its own
 *    sentence names exactly one specific place whose name ends with that word; then it is that
 *    place, via 'context' (四川针对…川西北高原藏区…，制定了…藏区六项民生工程行动计划…藏区新居 → the
 *    川西北高原藏区). A region named in another sentence of the paragraph does not tie it: 2017 ¶4
 *    names the 陕甘宁革命老区 once, then speaks of 老区 in general.
 * 10. A province written only as the qualifier of a place inside it (陕西山阳县, 四川凉山州, 陕西延安)
 *    is not a mention of the province: the form says which 山阳县, not something about 陕西. A
 *    province qualifying an area that spans several provinces (山西吕梁山区: that area's 山西
 *    part) stays a mention.
 */
import type { Gazetteer, Mention, MentionVia, Place, PlaceKind } from '../gazetteer/types';
import type { SpeechDocument } from './types';
import { compileTrie, foldSurface, type Trie } from './automaton';
import { buildContainment, type Containment } from './containment';
import { splitSentences } from './sentences';

/**
 * Broad words the texts use that contain a narrower name and are not mentions of it. Used only
 * when the gazetteer itself does not list the surface (as a place or a stopword).
 */
export const BUILTIN_STOPWORDS: readonly { surface: string; why: string }[] = [
	{ surface: '中西部', why: 'broad term (central and western China), not 西部' },
	{ surface: '东西部', why: 'broad term (east–west cooperation), not 西部' },
	{ surface: '北京时间', why: 'Beijing time, not the city' }
];

interface Entry {
	surface: string;
	/** Candidate place ids, preferred first; empty for a stopword. */
	places: string[];
	stop?: string;
}

export interface CompiledMatcher {
	gazetteer: Gazetteer;
	trie: Trie;
	entries: Entry[];
	byId: Map<string, Place>;
	containment: Containment;
	/** Cache of splitOf, by entry index. */
	splits: Map<number, Split | null>;
	/**
	 * For each general word (a surface whose default place is `broad`): the specific places whose
	 * name or alias ends with it (藏区 → 四省藏区, 川西北高原藏区 …), for rule 9.
	 */
	specifics: Map<string, Set<string>>;
}

const compiled = new WeakMap<Gazetteer, CompiledMatcher>();

/** Compiles (once per gazetteer object) the trie and lookups the matcher needs. */
export function compileMatcher(gazetteer: Gazetteer): CompiledMatcher {
	const hit = compiled.get(gazetteer);
	if (hit) return hit;
	const bySurface = new Map<string, Entry>();
	const entryFor = (surface: string): Entry => {
		const key = foldSurface(surface);
		let e = bySurface.get(key);
		if (!e) {
			e = { surface: key, places: [] };
			bySurface.set(key, e);
		}
		return e;
	};
	for (const p of gazetteer.places) {
		for (const name of [p.name_zh, ...p.aliases]) {
			const e = entryFor(name);
			if (!e.places.includes(p.id)) e.places.push(p.id);
		}
	}
	// The gazetteer's candidate order is the default preference.
	for (const a of gazetteer.ambiguous) {
		const e = entryFor(a.surface);
		const rest = e.places.filter((id) => !a.candidates.includes(id));
		e.places = [...a.candidates, ...rest];
	}
	for (const s of gazetteer.stopwords) entryFor(s.surface).stop = s.why;
	for (const s of BUILTIN_STOPWORDS) {
		const key = foldSurface(s.surface);
		if (!bySurface.has(key)) entryFor(s.surface).stop = s.why;
	}
	const entries = [...bySurface.values()];
	const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
	const specifics = new Map<string, Set<string>>();
	for (const e of entries) {
		if (e.stop !== undefined || byId.get(e.places[0])?.kind !== 'broad') continue;
		const ids = new Set<string>();
		for (const p of gazetteer.places) {
			if (p.kind === 'broad') continue;
			const names = [p.name_zh, ...p.aliases].map(foldSurface);
			if (names.some((n) => n.length > e.surface.length && n.endsWith(e.surface))) ids.add(p.id);
		}
		if (ids.size > 0) specifics.set(e.surface, ids);
	}
	const result: CompiledMatcher = {
		gazetteer,
		trie: compileTrie(entries.map((e) => e.surface)),
		entries,
		byId,
		containment: buildContainment(gazetteer),
		splits: new Map(),
		specifics
	};
	compiled.set(gazetteer, result);
	return result;
}

/** A mention inside one text, before it is tied to a document and paragraph. */
export interface TextMention {
	start: number;
	end: number;
	surface: string;
	place_id: string;
	via?: MentionVia;
}

interface Token {
	start: number;
	end: number;
	places: string[];
	via?: MentionVia;
	/** Set when context (a chain, enumerated neighbours, a counting word) chose among candidates. */
	settled?: boolean;
}

const DATELINE_AFTER = /^\d{1,2}月\d{1,2}日电/;
const SEPARATORS = new Set(['、', '和', '及', '与', '以及']);
/** A single administrative suffix left between two names of a chain (保定 市 阜平县). */
const CHAIN_GAP = /^[省市县州区旗盟镇乡村]$/;
const COUNT_HINT =
	/^等?(?:[0-9０-９]+|[一二三四五六七八九十两]+)?个?(省区市|省区|省份|自治区|省|地级市|市州|州市|地区|地州|片区|县旗|县市|县|旗)/;

function hintedKinds(word: string): PlaceKind[] {
	if (/省|自治区/.test(word)) return ['province'];
	if (/市|州/.test(word)) return ['prefecture'];
	if (/县|旗/.test(word)) return ['county'];
	return ['poverty-area', 'sanqu-sanzhou', 'region', 'county-group'];
}

/** Finds the place mentions in one text (a paragraph). */
export function matchText(text: string, m: CompiledMatcher): TextMention[] {
	const tokens: Token[] = [];
	for (const hit of m.trie.scan(text)) {
		const entry = m.entries[hit.entry];
		if (entry.stop !== undefined || entry.places.length === 0) continue;
		if (
			text.slice(Math.max(0, hit.start - 3), hit.start) === '新华社' &&
			DATELINE_AFTER.test(text.slice(hit.end))
		)
			continue;
		tokens.push(...splitQualified(hit.start, hit.end, hit.entry, m));
	}
	markChains(tokens, text, m);
	const groups = enumerationGroups(tokens, text, m);
	for (const g of groups) resolveGroup(g, text, m);
	const dropped = headNouns(groups, text, m);
	// Rule 7: an ambiguous name still unsettled takes a candidate the paragraph names
	// unambiguously elsewhere (老区 in the paragraph on the 陕甘宁革命老区 symposium).
	const named = new Set(tokens.filter((t) => t.places.length === 1).map((t) => t.places[0]));
	for (const t of tokens) {
		if (t.places.length < 2 || t.settled || m.byId.get(t.places[0])?.kind === 'broad') continue;
		t.places = preferFirst(
			t.places,
			t.places.filter((id) => named.has(id))
		);
	}
	tieGeneralWords(tokens, text, m);
	for (const t of qualifiers(tokens, text, m)) dropped.add(t);
	return tokens
		.filter((t) => !dropped.has(t))
		.map((t) => ({
			start: t.start,
			end: t.end,
			surface: text.slice(t.start, t.end),
			place_id: t.places[0],
			...(t.via ? { via: t.via } : {})
		}));
}

interface Split {
	/** Length of the qualifying head (四川 in 四川凉山). */
	cut: number;
	outer: string[];
	inner: string[];
}

/**
 * How an alias splits into a qualifier and a name (四川凉山 → 四川 + 凉山), or null. Depends on
 * the surface only, so it is worked out once per entry and cached.
 */
function splitOf(entryIndex: number, m: CompiledMatcher): Split | null {
	const hit = m.splits.get(entryIndex);
	if (hit !== undefined) return hit;
	const entry = m.entries[entryIndex];
	const surface = entry.surface;
	let result: Split | null = null;
	for (let cut = 1; cut < surface.length && !result; cut++) {
		const head = m.trie.lookup(surface.slice(0, cut));
		const tail = m.trie.lookup(surface.slice(cut));
		if (head === -1 || tail === -1) continue;
		const h = m.entries[head];
		const t = m.entries[tail];
		if (h.stop !== undefined || t.stop !== undefined) continue;
		// The tail stands for what the whole alias stands for (四川凉山: the prefecture, or the
		// 三州 part in a list of 三区三州), as long as it names one of those places itself.
		if (!t.places.some((id) => entry.places.includes(id))) continue;
		const inner = entry.places;
		const outer = h.places.filter((o) => inner.some((i) => m.containment.qualifies(o, i)));
		if (outer.length > 0) result = { cut, outer, inner };
	}
	m.splits.set(entryIndex, result);
	return result;
}

/** 四川凉山 (one alias of 凉山) → 四川 + 凉山 when both halves are names and the first contains the second. */
function splitQualified(start: number, end: number, entryIndex: number, m: CompiledMatcher): Token[] {
	const split = splitOf(entryIndex, m);
	if (!split) return [{ start, end, places: [...m.entries[entryIndex].places] }];
	return [
		{ start, end: start + split.cut, places: [...split.outer], via: 'qualified' },
		{ start: start + split.cut, end, places: [...split.inner], via: 'qualified' }
	];
}

/** Marks runs such as 河北保定市阜平县 (each name contains the next) as qualified. */
function markChains(tokens: Token[], text: string, m: CompiledMatcher): void {
	for (let i = 0; i + 1 < tokens.length; i++) {
		const a = tokens[i];
		const b = tokens[i + 1];
		const gap = text.slice(a.end, b.start);
		if (gap !== '' && !CHAIN_GAP.test(gap)) continue;
		const pairs = a.places.flatMap((o) =>
			b.places.filter((n) => m.containment.qualifies(o, n)).map((n) => [o, n])
		);
		if (pairs.length === 0) continue;
		// The chain settles ambiguity on both sides: keep candidates that take part in it first.
		a.places = preferFirst(
			a.places,
			pairs.map((p) => p[0])
		);
		b.places = preferFirst(
			b.places,
			pairs.map((p) => p[1])
		);
		a.via = 'qualified';
		b.via = 'qualified';
		a.settled = a.settled || a.places.length > 1;
		b.settled = b.settled || b.places.length > 1;
	}
}

function preferFirst(places: string[], preferred: string[]): string[] {
	return [...places.filter((p) => preferred.includes(p)), ...places.filter((p) => !preferred.includes(p))];
}

/**
 * Groups tokens into enumerations: items are single tokens or qualified chains, joined by a
 * separator. Every token belongs to exactly one group (most groups have one item).
 */
function enumerationGroups(tokens: Token[], text: string, m: CompiledMatcher): Token[][][] {
	const groups: Token[][][] = [];
	let items: Token[][] = [];
	let item: Token[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		const prev = tokens[i - 1];
		if (prev) {
			const gap = text.slice(prev.end, t.start);
			const chained =
				prev.via === 'qualified' && t.via === 'qualified' && (gap === '' || CHAIN_GAP.test(gap));
			const sameChain =
				chained && prev.places.some((o) => t.places.some((n) => m.containment.qualifies(o, n)));
			if (sameChain) {
				item.push(t);
				continue;
			}
			items.push(item);
			item = [];
			if (!SEPARATORS.has(gap)) {
				groups.push(items);
				items = [];
			}
		}
		item.push(t);
	}
	if (item.length > 0) items.push(item);
	if (items.length > 0) groups.push(items);
	return groups;
}

function resolveGroup(items: Token[][], text: string, m: CompiledMatcher): void {
	const kindOf = (id: string): PlaceKind | undefined => m.byId.get(id)?.kind;
	if (items.length > 1) for (const item of items) if (item.length === 1) item[0].via = 'enumeration';
	// The last token of each item is its head (阜平县 in 河北保定市阜平县).
	const heads = items.map((item) => item[item.length - 1]);
	const settled = heads.filter((t) => t.places.length === 1).map((t) => kindOf(t.places[0]));
	const last = items[items.length - 1];
	const hint = COUNT_HINT.exec(text.slice(last[last.length - 1].end, last[last.length - 1].end + 10));
	for (const t of heads) {
		if (t.places.length < 2) continue;
		const byNeighbours = t.places.filter((id) => settled.includes(kindOf(id)));
		if (byNeighbours.length > 0) {
			t.places = preferFirst(t.places, byNeighbours);
			t.settled = true;
			continue;
		}
		if (hint) {
			const kinds = hintedKinds(hint[1]);
			const byHint = t.places.filter((id) => kinds.includes(kindOf(id) as PlaceKind));
			t.places = preferFirst(t.places, byHint);
			t.settled = byHint.length > 0;
		}
	}
}

const HEAD_GAP = /^(?:[0-9]+|[一二三四五六七八九十两]+)?个?$/;

/**
 * Rule 8: a group name right after an enumeration of its own parts is the list's head noun, not
 * a mention of the whole group: 武陵山、乌蒙山、滇桂黔集中连片特困地区 and 山西吕梁山区、燕山－太行山区
 * 2个集中连片特困地区 name three and two areas, not all fourteen.
 */
function headNouns(groups: Token[][][], text: string, m: CompiledMatcher): Set<Token> {
	const out = new Set<Token>();
	for (let i = 0; i + 1 < groups.length; i++) {
		const next = groups[i + 1][0];
		if (next.length !== 1) continue;
		const head = next[0];
		const items = groups[i].map((item) => item[item.length - 1]);
		const last = items[items.length - 1];
		if (!HEAD_GAP.test(text.slice(last.end, head.start))) continue;
		if (items.every((t) => m.containment.contains(head.places[0], t.places[0]))) out.add(head);
	}
	return out;
}

/**
 * Rule 9: a general word takes the one specific place its sentence names whose name ends with it
 * (藏区 in the sentence naming 川西北高原藏区); otherwise it stays the general word.
 */
function tieGeneralWords(tokens: Token[], text: string, m: CompiledMatcher): void {
	let sentences: { start: number; end: number }[] | undefined;
	for (const t of tokens) {
		const specific = m.specifics.get(foldSurface(text.slice(t.start, t.end)));
		if (!specific || m.byId.get(t.places[0])?.kind !== 'broad') continue;
		sentences ??= splitSentences(text);
		const s = sentences.find((x) => x.start <= t.start && t.start < x.end) ?? { start: 0, end: text.length };
		const tied = new Set(
			tokens
				.filter((o) => o !== t && o.start >= s.start && o.end <= s.end && specific.has(o.places[0]))
				.map((o) => o.places[0])
		);
		if (tied.size !== 1) continue;
		t.places = [...tied];
		t.via = 'context';
	}
}

/**
 * Rule 10: provinces written only to say which place inside them is meant (陕西山阳县, 四川凉山):
 * the token right before a qualified place that the province contains.
 */
function qualifiers(tokens: Token[], text: string, m: CompiledMatcher): Token[] {
	const out: Token[] = [];
	for (let i = 0; i + 1 < tokens.length; i++) {
		const a = tokens[i];
		const b = tokens[i + 1];
		if (a.via !== 'qualified' || b.via !== 'qualified') continue;
		if (m.byId.get(a.places[0])?.kind !== 'province') continue;
		const gap = text.slice(a.end, b.start);
		if (gap !== '' && !CHAIN_GAP.test(gap)) continue;
		if (m.containment.contains(a.places[0], b.places[0])) out.push(a);
	}
	return out;
}

/** Every place mention of a document, in reading order. */
export function findMentions(document: SpeechDocument, gazetteer: Gazetteer): Mention[] {
	const m = compileMatcher(gazetteer);
	const out: Mention[] = [];
	for (const p of document.paragraphs) {
		for (const t of matchText(p.text, m)) {
			out.push({ doc_id: document.id, paragraph: p.id, ...t });
		}
	}
	return out;
}
