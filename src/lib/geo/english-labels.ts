/**
 * English map labels of the provincial and prefecture-level units, by 6-digit code: the gazetteer's
 * `name_en` where it has the unit, else the pinyin of the unit's short name (generated here at build
 * time, committed as geodata/labels-en.json by `npm run labels:build`). Pure: no Svelte, no DOM.
 */
import { pinyin } from 'pinyin-pro';

/** A unit of the geometry: its code and short name (四川, 凉山, 延边朝鲜族). */
export interface UnitName {
	code: string;
	name: string;
}

/** What the table needs of a gazetteer place. */
export interface NamedPlace {
	kind: string;
	name_en: string;
	codes?: readonly string[];
}

/**
 * Short names whose pinyin the dictionary reads wrongly (a polyphone in a place name) or that are not
 * a place name alone (the geometry's short name keeps an ethnic name or cuts a word).
 */
export const ROMANIZATION_FIXES: Readonly<Record<string, string>> = {
	// 什 is shí in 喀什 (the dictionary gives shén).
	喀什: 'Kashi',
	// 都 is dū in 昌都 (the dictionary gives dōu).
	昌都: 'Changdu',
	// 神农架林区: the short name cuts 林区 (forestry district) to 林.
	神农架林: 'Shennongjia',
	// 延边朝鲜族自治州: the short name keeps the ethnic name.
	延边朝鲜族: 'Yanbian',
	// Capitals whose customary English names are not their Mandarin pinyin (as on English maps and in
	// Xinhua's English service).
	哈尔滨: 'Harbin',
	拉萨: 'Lhasa',
	乌鲁木齐: 'Urumqi',
	呼和浩特: 'Hohhot'
};

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Pinyin of a Chinese place name as written on English maps: syllables joined, first letter capital,
 * an apostrophe before a syllable that starts with a, o or e (六安 → Lu'an, 西安 → Xi'an), ü kept.
 */
export function romanize(zh: string): string {
	const fixed = ROMANIZATION_FIXES[zh];
	if (fixed) return fixed;
	const syllables = pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'removed' })
		.map((s) => s.trim().toLowerCase())
		.filter(Boolean);
	const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
	return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/**
 * code → English label for every unit, sorted by code. Provinces and prefectures the gazetteer has take
 * its `name_en`; the rest are romanized. Throws when a label comes out empty or still holds Chinese.
 */
export function englishLabels(
	units: readonly UnitName[],
	places: readonly NamedPlace[]
): Record<string, string> {
	const gazetteer = new Map<string, string>();
	for (const p of places) {
		if (p.kind !== 'province' && p.kind !== 'prefecture') continue;
		if (p.codes?.length !== 1 || !p.name_en) continue;
		// A province's name wins over a prefecture sharing its code (the municipalities).
		if (p.kind === 'province' || !gazetteer.has(p.codes[0])) gazetteer.set(p.codes[0], p.name_en);
	}
	const out: Record<string, string> = {};
	for (const u of [...units].sort((a, b) => a.code.localeCompare(b.code))) {
		if (Object.hasOwn(out, u.code)) continue;
		const label = gazetteer.get(u.code) ?? romanize(u.name);
		if (!label || CJK.test(label)) throw new Error(`no English label for ${u.code} ${u.name}: "${label}"`);
		out[u.code] = label;
	}
	return out;
}
