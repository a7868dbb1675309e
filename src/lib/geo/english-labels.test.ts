import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chinaUnits, LABELS_EN_PATH, renderLabelsEn } from '../../../scripts/build-labels-en';
import { loadGazetteer } from '../gazetteer/load';
import { englishLabels, romanize } from './english-labels';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const units = chinaUnits();
const table = JSON.parse(readFileSync(LABELS_EN_PATH, 'utf8')) as Record<string, string>;

describe('englishLabels', () => {
	it('labels-en.json is up to date with china.topo.json and the gazetteer (else run npm run labels:build)', () => {
		expect(readFileSync(LABELS_EN_PATH, 'utf8')).toBe(renderLabelsEn());
	});

	it('gives every province and prefecture code of china.topo.json a non-empty English label, no CJK', () => {
		const codes = new Set(units.map((u) => u.code));
		expect(codes.size).toBeGreaterThan(400);
		expect(new Set(Object.keys(table))).toEqual(codes);
		for (const code of codes) {
			expect(table[code], code).toMatch(/[A-Za-z]/);
			expect(CJK.test(table[code]), `${code} ${table[code]}`).toBe(false);
		}
	});

	it("agrees with the gazetteer's name_en for every province and prefecture it has", () => {
		const places = loadGazetteer().places.filter((p) => p.kind === 'province' || p.kind === 'prefecture');
		expect(places.filter((p) => p.kind === 'province')).toHaveLength(34);
		for (const p of places) for (const code of p.codes ?? []) expect(table[code], p.id).toBe(p.name_en);
		expect(table['510000']).toBe('Sichuan');
		expect(table['150000']).toBe('Inner Mongolia');
	});

	it('throws rather than emit an empty label', () => {
		expect(() => englishLabels([{ code: '999900', name: '' }], [])).toThrow(/999900/);
	});
});

describe('romanize', () => {
	it('reads polyphones in place names as the place is called', () => {
		const name = (code: string) => units.find((u) => u.code === code)!.name;
		const cases: [string, string][] = [
			['500000', 'Chongqing'],
			['341500', "Lu'an"],
			['340300', 'Bengbu'],
			['140400', 'Changzhi'],
			['350200', 'Xiamen'],
			['511100', 'Leshan'],
			['532900', 'Dali'],
			['520200', 'Liupanshui'],
			['653100', 'Kashi'],
			['540300', 'Changdu'],
			['410900', 'Puyang'],
			['341600', 'Bozhou'],
			['211300', 'Chaoyang'],
			['469027', 'Ledong']
		];
		for (const [code, en] of cases) {
			expect(romanize(name(code)), code).toBe(en);
			// Where the gazetteer has no entry the table carries the romanization itself.
			if (code !== '500000') expect(table[code]).toBe(en);
		}
	});

	it('marks syllable breaks before a, o, e with an apostrophe and keeps ü', () => {
		expect(romanize('西安')).toBe("Xi'an");
		expect(romanize('马鞍山')).toBe("Ma'anshan");
		expect(romanize('吕梁')).toBe('Lüliang');
		expect(romanize('安康')).toBe('Ankang');
	});

	it('drops what the short name keeps of an ethnic name or a cut word', () => {
		expect(table['222400']).toBe('Yanbian');
		expect(table['429021']).toBe('Shennongjia');
	});
});
