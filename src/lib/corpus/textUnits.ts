import { isWide, joinLines, normalizeLine } from './normalizeSpace';

/**
 * A run of lines that layout alone says belong together. Whether two units are one paragraph
 * (a column break inside a paragraph) is decided later, from their text (see ingest.ts).
 */
export interface TextUnit {
	/** Lines joined with the line-break rule of normalizeSpace, spaces normalised. */
	text: string;
	/** 1-based line number of the unit's first line in the source. */
	line: number;
	/** The unit starts with an indent (U+3000, TAB or two spaces): an explicit paragraph start. */
	indented: boolean;
	/** A blank line (or the start of the text) comes right before the unit. */
	afterBlank: boolean;
}

/** A line that is a unit on its own: a date line `（2017年6月23日）`. */
export const DATE_LINE = /^[（(](\d{4})年(\d{1,2})月(\d{1,2})日[）)]$/;
/** A continuation marker that opens a unit: `【紧接第1版】`. */
export const CONTINUATION = /^【[^】]{0,4}第\d+版】/;
/** Ends a paragraph: sentence-final punctuation or a colon, optionally followed by closing quotes/brackets. */
export const TERMINAL = /[。！？!?…：:][”’」』）)》"']*$/;
const INDENT = /^(?:\u3000|\t| {2})/;

/** Printed width of a line: wide characters count 2, others (spaces included) 1. */
function width(raw: string): number {
	let w = 0;
	for (const ch of raw.trim()) w += isWide(ch) ? 2 : 1;
	return w;
}

interface RawLine {
	no: number;
	raw: string;
	norm: string;
}

/**
 * Split one block (lines between blank lines) into units. A new unit starts at
 *  - an indented line (the clean layout: one paragraph per line, U+3000 indent);
 *  - a date line, and the line after it (a title block set without blank lines);
 *  - the line after a short line that ends a sentence: in a column every line of a paragraph but
 *    its last runs to the full width, so `同志们：` on a line of its own (under half the width of
 *    the block's widest line) ends its paragraph.
 */
function splitBlock(block: RawLine[], afterBlank: boolean, out: TextUnit[]): void {
	const full = Math.max(...block.map((l) => width(l.raw)));
	let pieces: string[] = [];
	let head: Omit<TextUnit, 'text'> | null = null;
	const close = () => {
		if (head) out.push({ ...head, text: joinLines(pieces) });
		head = null;
		pieces = [];
	};
	block.forEach((l, i) => {
		const prev = block[i - 1];
		const indented = INDENT.test(l.raw);
		const breakBefore =
			!prev ||
			indented ||
			DATE_LINE.test(l.norm) ||
			DATE_LINE.test(prev.norm) ||
			(TERMINAL.test(prev.norm) && width(prev.raw) * 2 < full);
		if (breakBefore) {
			close();
			head = { line: l.no, indented, afterBlank: afterBlank && !prev };
		}
		pieces.push(l.norm);
	});
	close();
}

/** Split a decoded text into units (see TextUnit). Line endings LF, CRLF and CR are accepted. */
export function textUnits(text: string): TextUnit[] {
	const units: TextUnit[] = [];
	let block: RawLine[] = [];
	const flush = () => {
		if (block.length > 0) splitBlock(block, true, units);
		block = [];
	};
	text.split(/\r\n|\r|\n/).forEach((raw, i) => {
		const norm = normalizeLine(raw);
		if (norm === '') flush();
		else block.push({ no: i + 1, raw, norm });
	});
	flush();
	return units;
}
