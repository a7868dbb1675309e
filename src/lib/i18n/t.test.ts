import { describe, expect, it } from 'vitest';
import { strings, type MessageKey } from './strings';
import { t } from './t';
import { LANGS } from './types';
import { LAYER_IDS, PLACE_KIND_FILTERS, DOC_KINDS } from '../state/types';

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;
const placeholders = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

describe('strings', () => {
	it('strings has the same keys in zh and en', () => {
		expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.zh).sort());
	});

	it('strings has no empty or untrimmed string in either language', () => {
		for (const lang of LANGS) {
			for (const [key, text] of Object.entries(strings[lang])) {
				expect(text.trim(), `${lang} ${key}`).not.toBe('');
				expect(text, `${lang} ${key}`).toBe(text.trim());
			}
		}
	});

	it('strings uses the same placeholders in zh and en for each key', () => {
		for (const key of Object.keys(strings.zh) as MessageKey[]) {
			expect(placeholders(strings.en[key]), key).toEqual(placeholders(strings.zh[key]));
		}
	});

	it('strings names every layer, kind of place and kind of document, in both languages', () => {
		const keys = new Set(Object.keys(strings.zh));
		for (const id of LAYER_IDS) {
			expect(keys.has(`layer.${id}`), id).toBe(true);
			expect(keys.has(`layer.${id}.legend`), id).toBe(true);
		}
		for (const kind of PLACE_KIND_FILTERS) expect(keys.has(`kind.${kind}`), kind).toBe(true);
		for (const kind of DOC_KINDS) expect(keys.has(`docKind.${kind}`), kind).toBe(true);
	});

	it('strings has Chinese text in zh and no Chinese in en except the language switch', () => {
		const han = /\p{Script=Han}/u;
		for (const [key, text] of Object.entries(strings.zh)) {
			if (key === 'lang.switch') continue; // names the other language
			expect(han.test(text), `zh ${key}: ${text}`).toBe(true);
		}
		for (const [key, text] of Object.entries(strings.en)) {
			if (key === 'lang.switch') continue;
			expect(han.test(text), `en ${key}: ${text}`).toBe(false);
		}
	});

	it('strings gives the app title in both languages', () => {
		expect(t('zh', 'app.title')).toBe('脱贫攻坚讲话地图');
		expect(t('en', 'app.title')).toBe('Speech Atlas: Poverty Alleviation Speeches');
	});
});

describe('t', () => {
	it('t fills placeholders', () => {
		expect(t('zh', 'popup.partial', { n: 12, total: 43 })).toBe('已有来源的县 12 / 共 43');
		expect(t('en', 'popup.partial', { n: 12, total: 43 })).toBe('12 of 43 counties sourced');
		expect(t('en', 'popup.via', { place: 'Liangshan' })).toBe('via Liangshan');
		expect(t('zh', 'popup.via', { place: '凉山彝族自治州' })).toBe('经由凉山彝族自治州');
	});

	it('t leaves a placeholder without a value visible, never "undefined"', () => {
		expect(t('en', 'popup.partial', { n: 3 })).toBe('3 of {total} counties sourced');
		expect(t('en', 'popup.partial')).toBe('{n} of {total} counties sourced');
		const holes = { n: undefined, total: null } as unknown as Record<string, string>;
		const text = t('zh', 'popup.partial', holes);
		expect(text).toBe('已有来源的县 {n} / 共 {total}');
		expect(text).not.toMatch(/undefined|null/);
	});

	it('t inserts values as text: no second pass, no HTML handling', () => {
		expect(t('en', 'popup.via', { place: '<b>{n}</b> $& $1' })).toBe('via <b>{n}</b> $& $1');
	});

	it('t ignores inherited properties as values', () => {
		expect(t('en', 'search.noResults', {})).toBe('Nothing found for “{query}”');
		expect(t('en', 'popup.via', Object.create({ place: 'inherited' }))).toBe('via {place}');
	});
});

describe('plurals', () => {
	it('t picks the English form by Intl.PluralRules and leaves Chinese as written', () => {
		expect(t('en', 'popup.partialUnknownTotal', { n: 1 })).toBe('1 county sourced (total unknown)');
		expect(t('en', 'popup.partialUnknownTotal', { n: 8 })).toBe('8 counties sourced (total unknown)');
		expect(t('en', 'popup.partial', { n: 7, total: 61 })).toBe('7 of 61 counties sourced');
		expect(t('en', 'popup.partial', { n: 1, total: 1 })).toBe('1 of 1 county sourced');
		expect(t('en', 'export.docCount', { n: 1 })).toBe('1 document');
		expect(t('en', 'export.docCount', { n: 0 })).toBe('0 documents');
		expect(t('zh', 'popup.partialUnknownTotal', { n: 1 })).toBe('已有来源的县 1（总数未知）');
	});
	it('no English string puts a plural noun after a bare count', () => {
		for (const [key, text] of Object.entries(strings.en))
			expect(text, key).not.toMatch(/\{n\} (counties|documents|places|passages)\b/);
	});
	it('the passage heading does not repeat its word', () => {
		const heading = `${t('en', 'popup.passages')} ${t('en', 'popup.passageCount', { n: 6 })}`;
		expect(heading).toBe('Passages (6)');
	});
});
