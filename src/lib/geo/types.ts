/**
 * Schema of the committed TopoJSON files in geodata/ (built by scripts/build-geodata.ts).
 * Pure types: no Svelte, no DOM.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';

export type AdminLevel = 'province' | 'prefecture' | 'county';

/** [longitude, latitude] in WGS84 degrees. */
export type LonLat = [number, number];

/** Properties of every feature of `provinces`, `prefectures` and `counties`. Feature id = 6-digit code. */
export interface AdminProperties {
	/** Short name (四川, 凉山, 昭觉). */
	name: string;
	/** Full name (四川省, 凉山彝族自治州, 昭觉县). */
	full_name: string;
	level: AdminLevel;
	/** 6-digit code of the provincial unit (e.g. '510000'); a province's own code for provinces. */
	province: string;
	/** 6-digit code of the prefecture-level parent (counties only; see geodata/README.md for the rule). */
	prefecture?: string;
	/** Label point inside the largest polygon (pole of inaccessibility), 4 decimals. */
	label: LonLat;
	/** The code the source layer uses, where our id differs from it (米林市, 错那市). */
	source_code?: string;
}

/**
 * What a 境界线 line is: the South China Sea dashed line (南海断续线), a line on the land border, or a
 * sea boundary between provincial units or around Hong Kong / Macau.
 */
export type BoundaryKind = 'south-china-sea' | 'land' | 'maritime';

export interface BoundaryProperties {
	kind: BoundaryKind;
	/** Where the line is (南海, 香港, 澳门, 长江口, 杭州湾, 琼州海峡, 闽粤, 闽浙, 帕米尔). */
	area: string;
}

/** A country of world.topo.json (its id is the ISO 3166 alpha-3 code, see geodata/README.md). */
export interface CountryProperties {
	/** Chinese name. */
	name: string;
	/** Set on China itself only, whose detail is drawn from china.topo.json instead. */
	china?: true;
}

export type ChinaTopology = Topology<{
	provinces: GeometryCollection<AdminProperties>;
	prefectures: GeometryCollection<AdminProperties>;
	boundaries: GeometryCollection<BoundaryProperties>;
}>;

export type CountiesTopology = Topology<{ counties: GeometryCollection<AdminProperties> }>;

export type WorldTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

/** [minLon, minLat, maxLon, maxLat]. */
export type BBox = [number, number, number, number];
