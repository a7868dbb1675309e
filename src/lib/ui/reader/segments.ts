/** Splits a paragraph's text at its mentions, so the reader renders them as text (never HTML). */
import type { ReaderMention, Segment } from './types';

/**
 * The paragraph text cut into plain runs and mention runs, in order; joining the `text` of the
 * segments gives back `text` exactly. Mentions out of range, empty, or overlapping an earlier
 * one are left as plain text. `index` numbers the mention runs from 0.
 */
export function segmentsOf(text: string, mentions: readonly ReaderMention[]): Segment[] {
	const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
	const out: Segment[] = [];
	let at = 0;
	let index = 0;
	for (const m of sorted) {
		if (m.start < at || m.end <= m.start || m.end > text.length) continue;
		if (m.start > at) out.push({ text: text.slice(at, m.start) });
		out.push({ text: text.slice(m.start, m.end), place: m.place, index: index++ });
		at = m.end;
	}
	if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
	return out;
}
