/**
 * Whitespace rules for text that went through a newspaper layout (narrow columns, letter-spaced
 * lines). Conservative on purpose: a space is dropped only where Chinese typesetting never has one.
 *
 * Within a line, a run of whitespace (ASCII space, TAB, U+3000, NBSP, other Unicode spaces) is
 *  1. dropped if the character on either side is "wide" (Han, CJK or full-width punctuation,
 *     general punctuation such as “ ” — …): `习 近 平` → `习近平`, `2012 年` → `2012年`;
 *  2. dropped inside a number: between a digit and `%`/`‰`, and around a decimal point between two
 *     digits (`10. 2 %` → `10.2%`);
 *  3. otherwise kept as one ASCII space: Latin words, `2019 2020`, `COVID 19` stay apart.
 * Leading and trailing whitespace of a line (indents, U+3000) is layout and is removed.
 *
 * Across a line break (joinLines): nothing is inserted if either side is wide or both sides are
 * digits or number punctuation (a number broken by the column: `20` / `19` → `2019`); otherwise
 * one space (a Latin word wrapped at a space). Hyphenated Latin words are not rejoined.
 */

/** True for characters after which or before which Chinese text takes no space. */
export function isWide(ch: string): boolean {
	const cp = ch.codePointAt(0) ?? 0;
	if (cp === 0x3000) return false; // ideographic space is whitespace, not text
	return cp >= 0x2460 || (cp >= 0x2010 && cp <= 0x205e) || cp === 0xb7;
}

const SPACE = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
const SPACE_RUN = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const DIGIT = /[0-9]/;
const NUMBERISH = /[0-9.,%‰]/;

const lastChar = (s: string): string => Array.from(s.slice(-2)).pop() ?? '';
const firstChar = (s: string): string => Array.from(s.slice(0, 2))[0] ?? '';
const EDGES = new RegExp(`^${SPACE.source}+|${SPACE.source}+$`, 'g');

/** Normalise the spaces inside one line of text (see the module comment for the rules). */
export function normalizeLine(line: string): string {
	const trimmed = line.replace(EDGES, '');
	const spaced = trimmed.replace(SPACE_RUN, (run: string, offset: number, whole: string) => {
		const a = lastChar(whole.slice(0, offset));
		const b = firstChar(whole.slice(offset + run.length));
		if (isWide(a) || isWide(b)) return '';
		if (DIGIT.test(a) && (b === '%' || b === '‰')) return '';
		return ' ';
	});
	// A decimal point with stray spaces around it, between two digits: `10. 2` / `10 .2` → `10.2`.
	return spaced.replace(/([0-9]) ?\. ?(?=[0-9])/g, '$1.');
}

/** Join two pieces of one paragraph that a line break separated (see the module comment). */
export function joinBroken(left: string, right: string): string {
	if (left === '') return right;
	if (right === '') return left;
	const a = Array.from(left).pop()!;
	const b = Array.from(right)[0];
	if (isWide(a) || isWide(b)) return left + right;
	if (NUMBERISH.test(a) && NUMBERISH.test(b)) return left + right;
	return `${left} ${right}`;
}

/** Join normalised lines of one paragraph in order. */
export function joinLines(lines: readonly string[]): string {
	return lines.reduce((acc, l) => joinBroken(acc, l), '');
}
