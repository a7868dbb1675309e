/**
 * Text chunks in a PNG file (PNG specification, 3rd edition, §11.3.3): `addPngText` puts a keyword /
 * text pair right after the IHDR chunk, `readPngText` reads every tEXt and iTXt pair back. The text is
 * stored as iTXt (UTF-8), since tEXt allows only Latin-1 and the titles here are Chinese. Pure.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let table: Uint32Array | undefined;

/** CRC-32 (ISO 3309, polynomial 0xEDB88320) of `bytes`, as PNG chunks use it. */
export function crc32(bytes: Uint8Array): number {
	if (!table) {
		table = new Uint32Array(256);
		for (let n = 0; n < 256; n++) {
			let c = n;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
			table[n] = c >>> 0;
		}
	}
	let c = 0xffffffff;
	for (const b of bytes) c = table[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function isPng(png: Uint8Array): boolean {
	return png.length >= 8 && SIGNATURE.every((b, i) => png[i] === b);
}

/** One chunk: length, type, data, CRC over type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(12 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length);
	for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
	out.set(data, 8);
	view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}

/**
 * A copy of `png` with an iTXt chunk (`keyword`, uncompressed UTF-8 `text`) after its IHDR. The
 * keyword must be 1–79 printable Latin-1 characters (e.g. `Title`, `Source`).
 */
export function addPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
	if (!isPng(png)) throw new Error('not a PNG file');
	if (!/^[\x20-\x7e\xa1-\xff]{1,79}$/.test(keyword) || /^ | $| {2}/.test(keyword))
		throw new Error(`invalid PNG text keyword: ${keyword}`);
	const kw = Uint8Array.from(keyword, (c) => c.charCodeAt(0));
	const body = new TextEncoder().encode(text);
	// keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL.
	const data = new Uint8Array(kw.length + 5 + body.length);
	data.set(kw, 0);
	data.set(body, kw.length + 5);
	const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
	const extra = chunk('iTXt', data);
	const out = new Uint8Array(png.length + extra.length);
	out.set(png.subarray(0, ihdrEnd), 0);
	out.set(extra, ihdrEnd);
	out.set(png.subarray(ihdrEnd), ihdrEnd + extra.length);
	return out;
}

/**
 * Keyword → text of the uncompressed tEXt and iTXt chunks of `png` (the first of each keyword).
 * Chunks whose CRC does not match are skipped.
 */
export function readPngText(png: Uint8Array): Record<string, string> {
	if (!isPng(png)) throw new Error('not a PNG file');
	const out: Record<string, string> = {};
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const latin1 = new TextDecoder('latin1');
	const utf8 = new TextDecoder('utf-8');
	for (let at = 8; at + 12 <= png.length;) {
		const length = view.getUint32(at);
		const type = latin1.decode(png.subarray(at + 4, at + 8));
		const end = at + 12 + length;
		if (end > png.length) break;
		const data = png.subarray(at + 8, at + 8 + length);
		const crcOk = view.getUint32(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length));
		if (crcOk && (type === 'tEXt' || type === 'iTXt')) {
			const nul = data.indexOf(0);
			const keyword = nul > 0 ? latin1.decode(data.subarray(0, nul)) : '';
			if (keyword && !(keyword in out)) {
				if (type === 'tEXt') out[keyword] = latin1.decode(data.subarray(nul + 1));
				else if (data[nul + 1] === 0) {
					// Skip the language tag and the translated keyword (each NUL-terminated).
					const lang = data.indexOf(0, nul + 3);
					const translated = lang < 0 ? -1 : data.indexOf(0, lang + 1);
					if (translated >= 0) out[keyword] = utf8.decode(data.subarray(translated + 1));
				}
			}
		}
		if (type === 'IEND') break;
		at = end;
	}
	return out;
}
