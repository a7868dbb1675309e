/** What the explore screen loads from /data/atlas.json: the gazetteer trimmed for the browser. */
import type { GazetteerEvent, MemberConfidence, PlaceKind } from '../gazetteer/types';
import type { LonLat } from '../geo/types';

export interface AtlasPlace {
	id: string;
	kind: PlaceKind;
	name_zh: string;
	/** English name, full form (names_en.json). */
	name_en: string;
	/** Short form for map labels, where it differs (the same row of names_en.json). */
	short_en?: string;
	aliases: string[];
	/** Pinyin of name_zh without tones or spaces, lowercase (for search: liangshan → 凉山). */
	pinyin: string;
	codes?: string[];
	/** Member county codes (areas, 三区三州 parts, groups, regions). */
	members?: string[];
	/** Members resting on a single weak source, with how sure it is (see the gazetteer's Place). */
	member_confidence?: Record<string, MemberConfidence>;
	/** Ids of the parts (三区三州 = its six parts). */
	parts?: string[];
	parent?: string;
	/** Where to put a label or marker; absent for areas and broad words. */
	point?: LonLat;
	approximate?: boolean;
	/** For areas and groups: sourced members vs the official total. */
	status?: { sourced: number; official?: number; complete: boolean };
	notes?: string;
}

export interface Atlas {
	schema: 1;
	places: AtlasPlace[];
	events: GazetteerEvent[];
	/** 6-digit code → year the county left the list of 832 (2016–2020). */
	exitYears: Record<string, number>;
	/** Counties that left the list each year, counted over the 832 rows (冷湖 and 茫崖 share a code). */
	exitCounts: Record<string, number>;
}

/** Something under the pointer a reader can select: a gazetteer id or a unit's 6-digit code. */
export interface Candidate {
	key: string;
	name: string;
	/** The map layer it was found on. */
	layer: string;
}
