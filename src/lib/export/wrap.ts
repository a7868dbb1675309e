/**
 * Line breaking for text drawn on a canvas, Chinese and English mixed: a line may break between any
 * two Han characters and at spaces between Latin words; closing punctuation never starts a line and
 * opening punctuation never ends one. Pure: the width of a string comes from `measure`.
 */

/** Width of a string in the units `maxWidth` is given in (e.g. canvas `measureText().width`). */
export type Measure = (text: string) => number;

const CLOSING = /^[，。、；：？！）》」』】〕…·,.;:?!)\]}%”’]$/u;
const OPENING = /^[（《「『【〔([{“‘]$/u;
/**
 * A run that is never broken inside: a Latin word or a number (with the 年/月/日 of a date), with its
 * trailing spaces.
 */
const WORD = /^[A-Za-z0-9\u00c0-\u024f'’\-–/_.@#&+×]+[年月日号]?\s*/u;

/** The pieces a line may break between. */
export function breakUnits(text: string): string[] {
	const units: string[] = [];
	let glueNext = false;
	for (let rest = text; rest;) {
		const word = WORD.exec(rest);
		const ch = word ? word[0] : String.fromCodePoint(rest.codePointAt(0)!);
		rest = rest.slice(ch.length);
		const unit = ch;
		if (units.length && (glueNext || CLOSING.test(unit.trim()) || /^\s+$/u.test(unit)))
			units[units.length - 1] += unit;
		else units.push(unit);
		glueNext = OPENING.test(unit.trim());
	}
	return units;
}

/** Cuts a string that does not fit on one line by characters. */
function hardBreak(unit: string, maxWidth: number, measure: Measure): string[] {
	const lines: string[] = [];
	let line = '';
	for (const ch of unit) {
		if (line && measure(line + ch) > maxWidth) {
			lines.push(line);
			line = '';
		}
		line += ch;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * `text` broken into lines no wider than `maxWidth` (trailing spaces trimmed). With `maxLines`, the
 * last kept line ends with "…" when text was cut.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure, maxLines = Infinity): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const unit of breakUnits(paragraph)) {
			if (measure((line + unit).trimEnd()) <= maxWidth) {
				line += unit;
				continue;
			}
			if (line) lines.push(line.trimEnd());
			line = '';
			if (measure(unit.trimEnd()) <= maxWidth) line = unit;
			else {
				const parts = hardBreak(unit.trimEnd(), maxWidth, measure);
				lines.push(...parts.slice(0, -1));
				line = parts.at(-1) ?? '';
			}
		}
		lines.push(line.trimEnd());
	}
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = kept[maxLines - 1];
	while (last && measure(last + '…') > maxWidth) last = [...last].slice(0, -1).join('');
	kept[maxLines - 1] = last.trimEnd() + '…';
	return kept;
}
