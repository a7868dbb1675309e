/**
 * One search over place names (Chinese, aliases, English, toneless pinyin) and the full text of the
 * passages. Pure and fast: a linear scan over a few hundred names and a few hundred passages.
 */
import type { PassageIndex } from '../corpus/types';
import type { AtlasPlace } from './types';

export interface PlaceHit {
	type: 'place';
	place: AtlasPlace;
	/** The form that matched (an alias, the pinyin …), for display. */
	matched: string;
	score: number;
}

export interface PassageHit {
	type: 'passage';
	passage: number;
	doc: string;
	paragraph: string;
	/** Excerpt around the match, and where the match is inside it. */
	excerpt: string;
	at: [number, number];
}

export interface SearchResults {
	places: PlaceHit[];
	passages: PassageHit[];
}

/** Lowercase, no spaces or apostrophes (xi'an → xian), ü as v or u. */
export function foldQuery(q: string): string {
	return q
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s'’-]+/g, '')
		.replace(/ü/g, 'v');
}

function placeScore(p: AtlasPlace, q: string): { score: number; matched: string } | null {
	const forms: [string, number][] = [
		[p.name_zh, 0],
		...p.aliases.map((a): [string, number] => [a, 1]),
		[foldQuery(p.name_en), 2],
		[p.pinyin, 2]
	];
	let best: { score: number; matched: string } | null = null;
	for (const [form, rank] of forms) {
		const f = rank === 2 ? form : form.toLowerCase();
		const pos = f.indexOf(q);
		if (pos < 0) continue;
		// Prefix matches first, then shorter names, then by kind of form.
		const score = (pos === 0 ? 0 : 100) + rank * 10 + Math.min(f.length, 50);
		if (!best || score < best.score) best = { score, matched: form };
	}
	return best;
}

export function search(
	query: string,
	places: readonly AtlasPlace[],
	index: PassageIndex,
	limit = 8
): SearchResults {
	const q = foldQuery(query);
	if (!q) return { places: [], passages: [] };
	const placeHits: PlaceHit[] = [];
	for (const place of places) {
		const s = placeScore(place, q);
		if (s) placeHits.push({ type: 'place', place, ...s });
	}
	placeHits.sort((a, b) => a.score - b.score || a.place.name_zh.localeCompare(b.place.name_zh, 'zh'));
	const passages: PassageHit[] = [];
	// Full text: the query as typed (Chinese text is matched without folding).
	const needle = query.trim();
	if (needle.length >= 2 || /[\u3400-\u9fff]/.test(needle)) {
		index.passages.forEach((p, i) => {
			if (passages.length >= limit) return;
			const at = p.text.indexOf(needle);
			if (at < 0) return;
			const from = Math.max(0, at - 20);
			const to = Math.min(p.text.length, at + needle.length + 30);
			passages.push({
				type: 'passage',
				passage: i,
				doc: p.doc,
				paragraph: p.paragraph,
				excerpt: p.text.slice(from, to),
				at: [at - from, at - from + needle.length]
			});
		});
	}
	return { places: placeHits.slice(0, limit), passages };
}
