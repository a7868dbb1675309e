import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
	it('reads quoted fields with commas, doubled quotes and CRLF', () => {
		const rows = parseCsv('\ufeffa,b\r\n1,"x, ""y"""\r\n\r\n2,\n');
		expect(rows).toEqual([
			{ a: '1', b: 'x, "y"' },
			{ a: '2', b: '' }
		]);
	});
	it('returns [] for an empty text', () => {
		expect(parseCsv('')).toEqual([]);
	});
});
