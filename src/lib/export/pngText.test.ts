import { describe, it, expect } from 'vitest';
import { PNG } from 'pngjs';
import { addPngText, readPngText, crc32 } from './pngText';

/** A small real PNG, written by pngjs. */
function samplePng(): Uint8Array {
	const png = new PNG({ width: 3, height: 2 });
	for (let i = 0; i < png.data.length; i++) png.data[i] = (i * 37) % 256;
	return new Uint8Array(PNG.sync.write(png));
}

describe('crc32', () => {
	it('gives the standard check value for "123456789"', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});
});

describe('addPngText / readPngText', () => {
	it('adds a UTF-8 title that reads back, and the file still decodes with the same pixels', () => {
		const src = samplePng();
		const out = addPngText(src, 'Title', '凉山彝族自治州 · 全部文献');
		expect(out.length).toBeGreaterThan(src.length);
		expect(readPngText(out)).toEqual({ Title: '凉山彝族自治州 · 全部文献' });
		// pngjs checks every chunk's CRC while decoding.
		const decoded = PNG.sync.read(Buffer.from(out));
		expect(decoded.width).toBe(3);
		expect(Buffer.from(decoded.data).equals(PNG.sync.read(Buffer.from(src)).data)).toBe(true);
	});

	it('keeps several keywords, the first of each', () => {
		let out = addPngText(samplePng(), 'Title', 'A');
		out = addPngText(out, 'Source', '来源：《在深度贫困地区脱贫攻坚座谈会上的讲话》\n行政区划');
		expect(readPngText(out)).toEqual({
			Title: 'A',
			Source: '来源：《在深度贫困地区脱贫攻坚座谈会上的讲话》\n行政区划'
		});
	});

	it('skips a chunk whose CRC is wrong', () => {
		const out = addPngText(samplePng(), 'Title', 'x');
		const at = 8 + 25; // after the signature and IHDR: our chunk
		expect(String.fromCharCode(...out.subarray(at + 4, at + 8))).toBe('iTXt');
		const length = new DataView(out.buffer).getUint32(at);
		out[at + 12 + length - 1] ^= 0xff;
		expect(readPngText(out)).toEqual({});
	});

	it('refuses what is not a PNG, and a bad keyword', () => {
		expect(() => addPngText(new Uint8Array([1, 2, 3]), 'Title', 'x')).toThrow(/not a PNG/);
		expect(() => addPngText(samplePng(), '标题', 'x')).toThrow(/keyword/);
		expect(() => addPngText(samplePng(), '', 'x')).toThrow(/keyword/);
	});
});
