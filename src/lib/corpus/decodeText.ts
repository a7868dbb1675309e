import { IngestError } from './ingestError';

/** Line number (1-based) of a byte offset: one more than the number of LF bytes before it. */
function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let min: number;
		if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
		else return i;
		let cp = b & (0xff >> (need + 2));
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += need + 1;
	}
	return -1;
}

/** Control characters that never occur in a text file (everything below 0x20 but TAB, LF, FF, CR). */
function firstBinaryByte(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return i;
		if (b === 0x7f) return i;
	}
	return -1;
}

const hex = (b: number) => `0x${b.toString(16).padStart(2, '0')}`;

/**
 * Decode the raw bytes of a speech text, strictly: UTF-8 only (a leading BOM is dropped), no
 * binary data, not empty. Throws an IngestError naming the file and the line of the first bad byte.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
	if (bytes.length === 0) throw new IngestError(file, 'empty file');
	const bin = firstBinaryByte(bytes);
	if (bin >= 0) {
		throw new IngestError(
			file,
			`binary data, not a text file (control byte ${hex(bytes[bin])} at byte ${bin})`,
			lineAt(bytes, bin)
		);
	}
	const bad = firstInvalidUtf8(bytes);
	if (bad >= 0) {
		throw new IngestError(
			file,
			`not valid UTF-8 (byte ${hex(bytes[bad])} at byte ${bad}); convert it first, e.g. iconv -f GBK -t UTF-8`,
			lineAt(bytes, bad)
		);
	}
	let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	if (text.trim() === '') throw new IngestError(file, 'empty file (only whitespace)');
	return text;
}
