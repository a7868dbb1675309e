import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';
import { IngestError } from './ingestError';

const F = 'src/lib/corpus/fixtures';
const lineOf = (fn: () => unknown): string => {
	try {
		fn();
	} catch (e) {
		if (e instanceof IngestError) return e.toLine();
		throw e;
	}
	throw new Error('no error thrown');
};

describe('decodeText', () => {
	it('decodes the seed texts (UTF-8) unchanged', () => {
		const bytes = readFileSync('src/content/speeches/2017-06-23-taiyuan.txt');
		expect(decodeText(bytes, 'x')).toBe(bytes.toString('utf8'));
	});

	it('drops a leading BOM', () => {
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'x')).toBe('A');
	});

	it('rejects an empty or blank file', () => {
		expect(lineOf(() => decodeText(readFileSync(`${F}/empty.txt`), 'empty.txt'))).toBe(
			'empty.txt: empty file'
		);
		expect(lineOf(() => decodeText(readFileSync(`${F}/blank.txt`), 'blank.txt'))).toMatch(
			/^blank\.txt: empty file/
		);
	});

	it('rejects a GBK file, naming the line of the first bad byte', () => {
		const gbk = readFileSync(`${F}/gbk.txt`);
		expect(lineOf(() => decodeText(gbk, 'gbk.txt'))).toMatch(
			/^gbk\.txt:2: not valid UTF-8 \(byte 0x[0-9a-f]{2} at byte 34\)/
		);
	});

	it('rejects a truncated or overlong UTF-8 sequence and UTF-16 surrogates', () => {
		expect(lineOf(() => decodeText(new Uint8Array([0x41, 0xe4, 0xb8]), 'a'))).toMatch(
			/^a:1: not valid UTF-8/
		);
		expect(lineOf(() => decodeText(new Uint8Array([0xc0, 0x80]), 'a'))).toMatch(/not valid UTF-8/);
		expect(lineOf(() => decodeText(new Uint8Array([0xed, 0xa0, 0x80]), 'a'))).toMatch(/not valid UTF-8/);
	});

	it('rejects binary data', () => {
		const bin = readFileSync(`${F}/binary.bin`);
		expect(lineOf(() => decodeText(bin, 'binary.bin'))).toBe(
			'binary.bin:2: binary data, not a text file (control byte 0x1a at byte 6)'
		);
	});
});
