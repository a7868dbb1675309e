/**
 * A character trie compiled once over a set of surface forms, scanned leftmost-longest.
 *
 * Why not full Aho–Corasick: we want leftmost-longest, non-overlapping matches, and place names
 * are short (≤ ~12 UTF-16 units). Walking the trie from each start position costs at most the
 * longest name per position, and a bitmap of first characters skips almost every position at
 * the cost of one typed-array read, so the scan is linear in the text length in practice.
 *
 * Characters are folded before lookup (hyphen variants → '-') one UTF-16 unit to one, so match
 * offsets are offsets into the original text.
 */

export interface TrieMatch {
	/** UTF-16 offset of the first unit, inclusive. */
	start: number;
	/** UTF-16 offset after the last unit, exclusive. */
	end: number;
	/** Index of the surface in the list given to compileTrie. */
	entry: number;
}

export interface Trie {
	/** Leftmost-longest, non-overlapping matches in text order. */
	scan(text: string): TrieMatch[];
	/** Index of the entry whose surface equals `surface` exactly (after folding), or -1. */
	lookup(surface: string): number;
}

const FOLD = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) FOLD[c] = c;
// Hyphen-like characters written between two names (燕山－太行山区 uses U+FF0D).
for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xfe63, 0xff0d]) FOLD[c] = 0x2d;

/** The folding the trie applies, exposed so callers can compare surfaces the same way. */
export function foldSurface(s: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) out += String.fromCharCode(FOLD[s.charCodeAt(i)]);
	return out;
}

/**
 * Compiles the trie. Later duplicates of a surface (after folding) are ignored: the caller
 * merges duplicates before, so that one surface has one entry.
 */
export function compileTrie(surfaces: readonly string[]): Trie {
	// Edges keyed by node * 65536 + folded char code: one Map lookup per step.
	const edges = new Map<number, number>();
	const terminal: number[] = [-1];
	const first = new Uint8Array(65536);
	let nodes = 1;

	surfaces.forEach((surface, index) => {
		if (surface.length === 0) return;
		let node = 0;
		for (let i = 0; i < surface.length; i++) {
			const c = FOLD[surface.charCodeAt(i)];
			if (i === 0) first[c] = 1;
			const key = node * 65536 + c;
			let next = edges.get(key);
			if (next === undefined) {
				next = nodes++;
				edges.set(key, next);
				terminal.push(-1);
			}
			node = next;
		}
		if (terminal[node] === -1) terminal[node] = index;
	});
	const term = Int32Array.from(terminal);

	/** Longest entry starting at i: packs entry and end into `found`; returns false if none. */
	const found = { entry: -1, end: 0 };
	function longestAt(text: string, i: number, limit: number): boolean {
		let node = 0;
		found.entry = -1;
		for (let j = i; j < limit; j++) {
			const next = edges.get(node * 65536 + FOLD[text.charCodeAt(j)]);
			if (next === undefined) break;
			node = next;
			if (term[node] !== -1) {
				found.entry = term[node];
				found.end = j + 1;
			}
		}
		return found.entry !== -1;
	}

	function exactAt(text: string, i: number, end: number): number {
		let node = 0;
		for (let j = i; j < end; j++) {
			const next = edges.get(node * 65536 + FOLD[text.charCodeAt(j)]);
			if (next === undefined) return -1;
			node = next;
		}
		return term[node];
	}

	function scan(text: string): TrieMatch[] {
		const out: TrieMatch[] = [];
		const n = text.length;
		for (let i = 0; i < n; i++) {
			if (first[FOLD[text.charCodeAt(i)]] === 0 || !longestAt(text, i, n)) continue;
			let entry = found.entry;
			let end = found.end;
			// Prefer covering more text: in 四川凉山州 the match 四川凉山 would strand 州, while
			// 四川 + 凉山州 covers it all. Cut the match where a name starting inside it runs further.
			for (let k = i + 1; k < end; k++) {
				if (first[FOLD[text.charCodeAt(k)]] === 0) continue;
				const head = exactAt(text, i, k);
				if (head === -1 || !longestAt(text, k, n) || found.end <= end) continue;
				entry = head;
				end = k;
				break;
			}
			out.push({ start: i, end, entry });
			i = end - 1;
		}
		return out;
	}

	function lookup(surface: string): number {
		let node = 0;
		for (let i = 0; i < surface.length; i++) {
			const next = edges.get(node * 65536 + FOLD[surface.charCodeAt(i)]);
			if (next === undefined) return -1;
			node = next;
		}
		return surface.length === 0 ? -1 : term[node];
	}

	return { scan, lookup };
}
