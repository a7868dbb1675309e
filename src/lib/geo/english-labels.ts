/**
 * English map labels of the provincial and prefecture-level units, by 6-digit code, all from the one
 * table of English names (geodata/gazetteer/names_en.json): the short form of the gazetteer place drawn
 * as the unit, else of the table's row for the unit, else the pinyin of the unit's short name (generated
 * here at build time, committed as geodata/labels-en.json by `npm run labels:build`). Pure: no Svelte,
 * no DOM.
 */
import { NAMES_EN, unitName, type NamesTable } from '../gazetteer/names-en';
import { romanize } from './romanize';

export { romanize };

/** A unit of the geometry: its code and short name (四川, 凉山, 延边朝鲜族). */
export interface UnitName {
	code: string;
	name: string;
}

/** What the table needs of a gazetteer place (names filled in from names_en.json by the loader). */
export interface NamedPlace {
	id: string;
	kind: string;
	name_en: string;
	short_en?: string;
	codes?: readonly string[];
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The gazetteer place drawn as each unit: a province wins over a prefecture sharing its code. */
export function placesByUnit(places: readonly NamedPlace[]): Map<string, NamedPlace> {
	const byCode = new Map<string, NamedPlace>();
	for (const p of places) {
		if (p.kind !== 'province' && p.kind !== 'prefecture') continue;
		if (p.codes?.length !== 1) continue;
		// A province's name wins over a prefecture sharing its code (the municipalities).
		if (p.kind === 'province' || !byCode.has(p.codes[0])) byCode.set(p.codes[0], p);
	}
	return byCode;
}

/**
 * code → English label for every unit, sorted by code: the short form of the gazetteer place drawn as
 * the unit, else of the table's `units` row, else the pinyin of the short name. Throws when a label
 * comes out empty or holds Chinese, when a `units` row names a unit the gazetteer holds (two rows for
 * one place) or no unit of the map, and when a short name keeping an ethnic name (延边朝鲜族) has no row.
 */
export function englishLabels(
	units: readonly UnitName[],
	places: readonly NamedPlace[],
	names: NamesTable = NAMES_EN
): Record<string, string> {
	const gazetteer = placesByUnit(places);
	const codes = new Set(units.map((u) => u.code));
	for (const code of Object.keys(names.units)) {
		if (!codes.has(code)) throw new Error(`names_en.json units ${code}: no such unit on the map`);
		const p = gazetteer.get(code);
		if (p)
			throw new Error(`names_en.json units ${code}: the gazetteer place ${p.id} is this unit; name it there`);
	}
	const out: Record<string, string> = {};
	for (const u of [...units].sort((a, b) => a.code.localeCompare(b.code))) {
		if (Object.hasOwn(out, u.code)) continue;
		const p = gazetteer.get(u.code);
		const row = unitName(u.code, names);
		if (!p && !row && /族/.test(u.name))
			throw new Error(`no English name for ${u.code} ${u.name}: add it to names_en.json units`);
		const label = p ? (p.short_en ?? p.name_en) : (row?.short ?? romanize(u.name));
		if (!label || CJK.test(label)) throw new Error(`no English label for ${u.code} ${u.name}: "${label}"`);
		out[u.code] = label;
	}
	return out;
}
