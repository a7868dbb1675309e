import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chinaUnits, LABELS_EN_PATH, renderLabelsEn } from '../../../scripts/build-labels-en';
import { loadGazetteer } from '../gazetteer/load';
import { NAMES_EN, nameOf, placeName } from '../gazetteer/names-en';
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

	it('labels each province and prefecture the gazetteer has by the short form of its names_en.json row', () => {
		const places = loadGazetteer().places.filter((p) => p.kind === 'province' || p.kind === 'prefecture');
		expect(places.filter((p) => p.kind === 'province')).toHaveLength(34);
		for (const p of places)
			for (const code of p.codes ?? []) {
				// The municipalities: the province's row names the code (the prefecture has the same name).
				if (p.kind === 'prefecture' && places.some((q) => q.kind === 'province' && q.codes?.includes(code)))
					continue;
				expect(table[code], p.id).toBe(placeName(p.id)!.short);
			}
		expect(table['510000']).toBe('Sichuan');
		expect(table['150000']).toBe('Inner Mongolia');
		expect(table['513400']).toBe('Liangshan');
		expect(placeName('liangshan')!.full).toBe('Liangshan Yi Autonomous Prefecture');
	});

	it("labels the units outside the gazetteer by their names_en.json row (customary names, not the characters' pinyin)", () => {
		for (const [code, entry] of Object.entries(NAMES_EN.units))
			expect(table[code], code).toBe(nameOf(entry).short);
		expect(table['652900']).toBe('Aksu');
		expect(table['653000']).toBe('Kizilsu');
		expect(table['540200']).toBe('Xigaze');
		expect(table['150700']).toBe('Hulun Buir');
		expect(table['232700']).toBe('Da Hinggan Ling');
	});

	it('gives the two Hainans, and every other pair of units, different labels', () => {
		expect(table['460000']).toBe('Hainan');
		expect(table['632500']).toBe('Hainan Prefecture');
		const byLabel = new Map<string, Set<string>>();
		for (const u of units) byLabel.set(table[u.code], (byLabel.get(table[u.code]) ?? new Set()).add(u.code));
		const shared = [...byLabel]
			.filter(([, codes]) => codes.size > 1)
			.map(([label, codes]) => `${label}: ${[...codes]}`);
		expect(shared).toEqual([]);
	});

	it('throws rather than emit an empty label, or guess at a name the table lacks', () => {
		const none = { places: {}, units: {} };
		expect(() => englishLabels([{ code: '999900', name: '' }], [], none)).toThrow(/999900/);
		expect(() => englishLabels([{ code: '222400', name: '延边朝鲜族' }], [], none)).toThrow(
			/222400.*names_en/
		);
		// A units row for a unit the gazetteer holds would be a second name for one place.
		const places = [{ id: 'x', kind: 'prefecture', name_en: 'X', codes: ['513400'] }];
		const twice = { places: {}, units: { '513400': 'Y' } };
		expect(() => englishLabels([{ code: '513400', name: '凉山' }], places, twice)).toThrow(/513400.*x/);
		expect(() => englishLabels([], [], { places: {}, units: { '999999': 'Z' } })).toThrow(/999999/);
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
			['410900', 'Puyang'],
			['341600', 'Bozhou'],
			['211300', 'Chaoyang'],
			['469027', 'Ledong']
		];
		for (const [code, en] of cases) {
			expect(romanize(name(code)), code).toBe(en);
			// Where names_en.json has no row the label is the romanization itself.
			if (code !== '500000') expect(table[code]).toBe(en);
		}
		// Polyphones in names the table does carry: the romanization would be wrong, the label is not.
		for (const [code, zh, wrong, label] of [
			['653100', '喀什', 'Kashen', 'Kashgar'],
			['540300', '昌都', 'Changdou', 'Qamdo']
		]) {
			expect(name(code)).toBe(zh);
			expect(romanize(zh)).toBe(wrong);
			expect(table[code]).toBe(label);
		}
	});

	it('marks syllable breaks before a, o, e with an apostrophe and keeps ü', () => {
		expect(romanize('西安')).toBe("Xi'an");
		expect(romanize('马鞍山')).toBe("Ma'anshan");
		expect(romanize('吕梁')).toBe('Lüliang');
		expect(romanize('安康')).toBe('Ankang');
	});

	it('drops what the short name keeps of an ethnic name or a cut word (rows of names_en.json)', () => {
		expect(table['222400']).toBe('Yanbian');
		expect(table['429021']).toBe('Shennongjia');
	});
});
