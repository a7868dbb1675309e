/** Types of the geodata build (scripts only). The output schema is in src/lib/geo/types.ts. */
import type { MultiPolygon, Position } from 'geojson';

/** One administrative unit as read from the source layers (code already corrected, see code-fixes.ts). */
export interface SourceUnit {
	/** 6-digit code. */
	code: string;
	/** Short name as the source gives it (levels 1 and 2 only). */
	name?: string;
	full_name: string;
	/** Full name of the provincial unit the source says the unit belongs to (levels 2 and 3). */
	province_name?: string;
	/** The source's `gb` code when we changed it. */
	source_code?: string;
	geometry: MultiPolygon;
}

/** Everything the China build needs, already parsed. */
export interface ChinaSource {
	provinces: SourceUnit[];
	prefectures: SourceUnit[];
	counties: SourceUnit[];
	/** The parts of every 境界线 MultiLineString of every level, in file order (level 1, 2, 3). */
	lines: Position[][];
}

export interface SimplifyOptions {
	/** Visvalingam threshold: points whose effective area is below this (km²) are removed. */
	minAreaKm2: number;
	/** Quantization: grid of n × n over the bounding box. */
	quantization: number;
	/**
	 * Optional coarser threshold for the points outside a box [west, south, east, north] (degrees),
	 * and (world file only) the area below which islands outside it are left out: the world file
	 * keeps its detail where the views of China show it.
	 */
	outside?: { box: [number, number, number, number]; minAreaKm2: number; minIslandKm2?: number };
}

export interface BuildOptions {
	china: SimplifyOptions;
	counties: SimplifyOptions;
	world: SimplifyOptions;
	overview: SimplifyOptions;
}
