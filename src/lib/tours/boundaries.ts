/**
 * Where a quoted slice of a paragraph may start and end: on a sentence or clause boundary, never
 * in the middle of a phrase. Pure string rules (UTF-16 offsets, end exclusive).
 */

/** Punctuation a quote may start after or end before / after. */
const CLAUSE_MARKS = new Set(['。', '！', '？', '；', '，', '、', '：', '”', '“', '（', '）', '—', '…']);
/** Marks that end a sentence (a quote ending after one is a whole sentence at its end). */
const SENTENCE_END = new Set(['。', '！', '？', '；']);
const CLOSERS = new Set(['”', '’', '）', '》', '】']);

/** True when a quote may start at offset i: the paragraph start or right after a clause mark. */
export function isQuoteStart(text: string, i: number): boolean {
	if (i === 0) return true;
	if (i < 0 || i >= text.length) return false;
	if (/\s/.test(text[i]) || CLOSERS.has(text[i]) || SENTENCE_END.has(text[i])) return false;
	return CLAUSE_MARKS.has(text[i - 1]);
}

/** True when a quote may end at offset i (exclusive): paragraph end, after a sentence end, or before a clause mark. */
export function isQuoteEnd(text: string, i: number): boolean {
	if (i === text.length) return true;
	if (i <= 0 || i > text.length) return false;
	if (SENTENCE_END.has(text[i - 1]) || CLOSERS.has(text[i - 1])) return true;
	return CLAUSE_MARKS.has(text[i]) && !CLAUSE_MARKS.has(text[i - 1]);
}

/** True when offset i is the start of a sentence (paragraph start or right after 。！？； and closing quotes). */
export function isSentenceStart(text: string, i: number): boolean {
	let j = i;
	while (j > 0 && CLOSERS.has(text[j - 1])) j--;
	return i === 0 || SENTENCE_END.has(text[j - 1]);
}

/** True when offset i (exclusive) ends a sentence. */
export function isSentenceEnd(text: string, i: number): boolean {
	if (i === text.length) return true;
	let j = i;
	while (j > 0 && CLOSERS.has(text[j - 1])) j--;
	return j > 0 && SENTENCE_END.has(text[j - 1]) && !CLOSERS.has(text[i]);
}
