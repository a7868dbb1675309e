/**
 * Gazetteer schema. The data lives in geodata/gazetteer/*.json (human-edited) and is validated
 * by validate.ts at build and in tests. Pure types: no Svelte, no DOM.
 */

export type PlaceKind =
	| 'province'
	| 'prefecture'
	| 'county'
	| 'township'
	| 'village'
	/** one of the 14 contiguous poverty areas of 2011–2020 */
	| 'poverty-area'
	/** 三区三州 as a whole, and each of its six parts */
	| 'sanqu-sanzhou'
	/** a named group of counties that is not one of the above (e.g. the 52 counties of 2020) */
	| 'county-group'
	/** historic or informal regions the texts use (宁德地区, 三西, 陕甘宁革命老区 …) */
	| 'region'
	/** a city as the site of an event (太原 as the venue of the 2017 symposium) when not a unit above */
	| 'site'
	/** broad words that are not mappable units (中西部, 东部, 青藏高原 …): shown as text, no shape */
	| 'broad';

export interface SourceRef {
	/** Short id of a source listed in geodata/gazetteer/sources.json */
	id: string;
	/** What the source says, where useful (page, table, quote). */
	note?: string;
}

export interface Place {
	/** Stable ASCII id (lowercase, digits, '-' and '_'). */
	id: string;
	kind: PlaceKind;
	name_zh: string;
	/** English name, full form: filled in by the loader from names_en.json (never written in the place). */
	name_en: string;
	/** Short form for map labels, where it differs from `name_en` (same row of names_en.json). */
	short_en?: string;
	/** Every other form the texts use (凉山 / 四川凉山 / 凉山州). Must not repeat name_zh. */
	aliases: string[];
	/** 6-digit administrative code(s) of the unit(s) this place is drawn as (2023 codes, as the geodata). */
	codes?: string[];
	/** For areas and groups: the 6-digit codes of member counties (sourced ones only). */
	members?: string[];
	/** For partially sourced areas: the official count of member counties, and the provinces spanned. */
	official_member_count?: number;
	provinces_spanned?: string[];
	/** (added) false when provinces_spanned is the commonly stated extent, not confirmed by a source. */
	provinces_spanned_verified?: boolean;
	/** (added) true when `members` is the whole membership (e.g. derived from a prefecture definition). */
	members_complete?: boolean;
	/**
	 * (added, filled by the loader) Members whose membership rests on a single weak source, with how sure
	 * the finding is (area_counties_more.csv). Members not listed here come from lists or plans.
	 */
	member_confidence?: Record<string, MemberConfidence>;
	/** (added) Ids of places whose members together make this place's members (三区三州 = its six parts). */
	parts?: string[];
	/**
	 * (added) Id of a place with exactly the same territory under another role: 三州 parts of 三区三州
	 * and their prefectures, 西藏 the area and the province. Each then reaches the other's passages.
	 */
	same_as?: string;
	/** (added) Id of the unit a point without its own coordinate is drawn at (village → its county). */
	placed_at?: string;
	/** Ids of places this one belongs to (province of a prefecture; areas a county is part of are derived). */
	parent?: string;
	/** [lon, lat] for points (villages, townships); approximate=true when placed at its county. */
	coord?: [number, number];
	approximate?: boolean;
	/** ISO dates where relevant (e.g. when a unit was renamed). */
	valid_from?: string;
	valid_to?: string;
	sources: SourceRef[];
	notes?: string;
}

export type EventKind = 'symposium' | 'visit';

/**
 * (added) Where an event was held, as a point: the venue where a source names it, else the seat of
 * the city government (or, for the capital, its centre). The map's marker, the route line and the
 * tour markers all take this point (gazetteer/event-site.ts), never the place's label point.
 */
export interface EventSite {
	/** What the point is: 延安市人民政府驻地（宝塔区）, 人民大会堂 … */
	name_zh: string;
	/** [lon, lat] (WGS 84). */
	coord: [number, number];
	/** `venue` when a source names the building; `seat` = city-government seat; `centre` = city centre. */
	basis: 'venue' | 'seat' | 'centre';
	/** 6-digit code of the county-level unit the point lies in (tested against our geodata). */
	district: string;
	/** Rough uncertainty of the point, in metres. */
	precision_m: number;
	/** The address or seat (e.g. the MCA list of seats), and how the coordinate was read. */
	sources: SourceRef[];
}

export interface GazetteerEvent {
	id: string;
	kind: EventKind;
	/** ISO date or partial date (YYYY-MM or YYYY) where only that is known. */
	date: string;
	/** Gazetteer place id where it happened. */
	place: string;
	title_zh: string;
	title_en: string;
	/** Theme of a symposium / purpose of a visit. */
	theme_zh?: string;
	/** Ordinal for the symposia (1…7). */
	number?: number;
	sources: SourceRef[];
	/** (added) Free-text remarks (e.g. how a date was derived). */
	notes?: string;
	/** (added) The point where it was held (see EventSite). Required for symposia. */
	site?: EventSite;
}

/** (added) One entry of geodata/gazetteer/sources.json (and sources_added.json). */
export interface Source {
	id: string;
	title: string;
	publisher: string | null;
	/** As shown on the page (ISO or partial); null when the page shows none. */
	date: string | null;
	url: string | null;
	note?: string | null;
}

/**
 * (added) How sure a single finding of a county's membership is, strongest first, as the finding
 * was graded (area_counties_more.csv). Rows from official lists and plans carry none.
 */
export type MemberConfidence = 'medium-high' | 'medium' | 'medium-low' | 'low-medium' | 'low';

/** (added) One county's membership in an area or group, with its source (area_counties*.csv). */
export interface MemberRow {
	area_id: string;
	code_2023: string;
	name_2023: string;
	province_zh: string;
	prefecture_zh: string;
	/** One or more source ids separated by ';'. */
	source_id: string;
	source_note: string;
	/** Which file the row came from. */
	file: 'area_counties.csv' | 'area_counties_added.csv' | 'area_counties_more.csv';
	/** Only for a single weak finding (area_counties_more.csv): how sure it is. */
	confidence?: MemberConfidence;
}

/** (added) One of the 832 poverty counties (poverty_counties.csv). */
export interface PovertyCounty {
	code_2023: string;
	/** 2023 name. */
	name: string;
	/** Name as the 832 list gives it. */
	name_listed: string;
	province: string;
	prefecture: string;
	/** Batch year of exit (摘帽), 2016–2020. */
	exit_year: number;
	source_id: string;
	note: string;
}

/** (added) Generated from the CSV files by `npm run gazetteer:build` (geodata/gazetteer/tables.json). */
export interface GazetteerTables {
	members: MemberRow[];
	/** Rows left out of `members`, with why (e.g. a plan-scope unit that is not a poverty county). */
	excluded: (MemberRow & { why: string })[];
	poverty_counties: PovertyCounty[];
	/** sources_added.json, when present. */
	sources_added: Source[];
}

export interface Gazetteer {
	places: Place[];
	events: GazetteerEvent[];
	/** Surface forms that are deliberately not matched (e.g. 新华社北京 datelines), with why. */
	stopwords: { surface: string; why: string }[];
	/** Surface forms that could mean more than one place, with the ids and the rule that picks one. */
	ambiguous: { surface: string; candidates: string[]; rule: string }[];
}

export interface Mention {
	doc_id: string;
	paragraph: string;
	/** UTF-16 offsets into the paragraph text, end exclusive. */
	start: number;
	end: number;
	surface: string;
	place_id: string;
	/**
	 * How the mention was read: an item of an enumeration, a part of a qualified form (河北保定市
	 * 阜平县), or a general word its sentence ties to one specific place ('context': 藏区 → 川西北高原藏区).
	 */
	via?: MentionVia;
}

export type MentionVia = 'enumeration' | 'qualified' | 'context';

/** (added) The codes of the geodata package, for validation (see geodata-codes.ts). */
export interface GeodataCodes {
	/** Codes of chn-level-1.json (gb without the "156" prefix). */
	level1: ReadonlySet<string>;
	level2: ReadonlySet<string>;
	level3: ReadonlySet<string>;
	/** The 2023 MCA code list shipped with the package: code → name. */
	codeList: ReadonlyMap<string, string>;
}
