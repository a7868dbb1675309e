/**
 * Sentence spans of a paragraph, for the excerpt a popup quotes. A sentence ends after 。！？；
 * (full-width or ASCII !?;) together with any closing quotes or brackets that follow it
 * (“分则力散，专则力全。” ends after ”). Spans are UTF-16 offsets, end exclusive, so
 * `text.slice(start, end)` is always an exact substring; leading whitespace is left out.
 */

export interface Span {
	start: number;
	end: number;
}

const TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】', '"', "'"]);

export function splitSentences(text: string): Span[] {
	const out: Span[] = [];
	let start = 0;
	const push = (end: number) => {
		let s = start;
		while (s < end && /\s/.test(text[s])) s++;
		if (s < end) out.push({ start: s, end });
		start = end;
	};
	for (let i = 0; i < text.length; i++) {
		if (!TERMINATORS.has(text[i])) continue;
		let end = i + 1;
		while (end < text.length && CLOSERS.has(text[end])) end++;
		push(end);
		i = end - 1;
	}
	if (start < text.length) push(text.length);
	return out;
}

/**
 * The excerpt around [start, end): the sentence(s) containing it, widened by the next (or
 * previous) sentence while shorter than `minLength` characters, so a popup has some context.
 */
export function excerptAround(text: string, start: number, end: number, minLength = 24): Span {
	const sentences = splitSentences(text);
	let first = sentences.findIndex((s) => s.end > start);
	if (first === -1) first = sentences.length - 1;
	let last = first;
	while (last + 1 < sentences.length && sentences[last].end < end) last++;
	const len = () => sentences[last].end - sentences[first].start;
	while (len() < minLength && (last + 1 < sentences.length || first > 0)) {
		if (last + 1 < sentences.length) last++;
		else first--;
	}
	return { start: sentences[first].start, end: sentences[last].end };
}
