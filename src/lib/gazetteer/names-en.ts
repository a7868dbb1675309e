/**
 * The one table of English place names (geodata/gazetteer/names_en.json; convention and rules in the
 * gazetteer README, “English names”). Every surface that shows a place in English reads it from here:
 * the gazetteer places get `name_en` (full form) and `short_en` (short form, where it differs) from its
 * `places` rows; the base-map labels (geodata/labels-en.json) from the same rows and from its `units`
 * rows (units of the map the gazetteer does not hold), else pinyin. Pure: no Svelte, no DOM.
 */
import table from '../../../geodata/gazetteer/names_en.json';

/** A row: the full form, or [full, short]. */
export type NameEntry = string | readonly [string, string];

export interface EnglishName {
	/** Popups, place pages, exports, open data. */
	full: string;
	/** Map labels and other tight places (equal to `full` where the row gives one form). */
	short: string;
}

export interface NamesTable {
	/** By gazetteer place id. */
	places: Readonly<Record<string, NameEntry>>;
	/** By 6-digit code: provinces and prefecture-level units of the base map the gazetteer does not hold. */
	units: Readonly<Record<string, NameEntry>>;
}

export const NAMES_EN = table as unknown as NamesTable;

export function nameOf(entry: NameEntry): EnglishName {
	return typeof entry === 'string' ? { full: entry, short: entry } : { full: entry[0], short: entry[1] };
}

/** The row of a gazetteer place, by id. */
export function placeName(id: string, names: NamesTable = NAMES_EN): EnglishName | undefined {
	const entry = Object.hasOwn(names.places, id) ? names.places[id] : undefined;
	return entry === undefined ? undefined : nameOf(entry);
}

/** The row of a base-map unit outside the gazetteer, by code. */
export function unitName(code: string, names: NamesTable = NAMES_EN): EnglishName | undefined {
	const entry = Object.hasOwn(names.units, code) ? names.units[code] : undefined;
	return entry === undefined ? undefined : nameOf(entry);
}

/**
 * The places of one gazetteer file with `name_en` (and `short_en` where the short form differs) filled
 * in from the table. Throws, naming the file and id, when a place has no row or still carries its own
 * `name_en` (one table: move the name into names_en.json).
 */
export function withEnglishNames<P extends { id: string }>(
	file: string,
	places: readonly P[],
	names: NamesTable = NAMES_EN
): (P & { name_en: string; short_en?: string })[] {
	return places.map((p) => {
		if (Object.hasOwn(p, 'name_en'))
			throw new Error(
				`${file} ${p.id}: name_en belongs in geodata/gazetteer/names_en.json, not in the place`
			);
		const name = placeName(p.id, names);
		if (!name) throw new Error(`${file} ${p.id}: no English name in geodata/gazetteer/names_en.json`);
		return name.short === name.full
			? { ...p, name_en: name.full }
			: { ...p, name_en: name.full, short_en: name.short };
	});
}
