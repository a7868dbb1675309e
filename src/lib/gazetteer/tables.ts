/**
 * Turns the human-edited CSV files of geodata/gazetteer/ into the JSON the loader imports
 * (tables.json). Pure: the caller reads the files (see build-data.ts).
 */
import { parseCsv } from './csv';
import type { GazetteerTables, MemberConfidence, MemberRow, PovertyCounty, Source } from './types';

export interface TableInputs {
	/** area_counties.csv (ours). */
	areaCounties: string;
	/** area_counties_added.csv (research), when present. */
	areaCountiesAdded?: string;
	/** area_counties_more.csv (single findings with a `confidence` column), when present. */
	areaCountiesMore?: string;
	/** poverty_counties.csv. */
	povertyCounties: string;
	/** sources_added.json (parsed), when present. */
	sourcesAdded?: Source[];
}

/** The 11 mountain areas of the 2012 list: every member must be one of the 832 poverty counties. */
export const MOUNTAIN_AREAS = [
	'liupanshan',
	'qinbashan',
	'wulingshan',
	'wumengshan',
	'dianguiqian',
	'dianxi',
	'daxinganling',
	'yanshan_taihang',
	'lvliangshan',
	'dabieshan',
	'luoxiaoshan'
] as const;

/** Area ids of the shared reference that differ from ours (西藏 is the province's id here). */
export const AREA_ID_ALIASES: Readonly<Record<string, string>> = { xizang: 'xizang_area' };

const MEMBER_COLUMNS = [
	'area_id',
	'code_2023',
	'name_2023',
	'province_zh',
	'prefecture_zh',
	'source_id',
	'source_note'
];

/** The grades a single finding may carry, strongest first (see MemberConfidence). */
export const MEMBER_CONFIDENCE: readonly MemberConfidence[] = [
	'medium-high',
	'medium',
	'medium-low',
	'low-medium',
	'low'
];

function toMembers(text: string, file: MemberRow['file']): MemberRow[] {
	const rows = parseCsv(text);
	const graded = file === 'area_counties_more.csv';
	const columns = graded ? [...MEMBER_COLUMNS, 'confidence'] : MEMBER_COLUMNS;
	const missing = rows.length ? columns.filter((c) => !(c in rows[0])) : [];
	if (missing.length) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
	return rows.map((r, i) => ({
		...(graded ? { confidence: gradeOf(r.confidence, `${file} row ${i + 2}`) } : {}),
		area_id: AREA_ID_ALIASES[r.area_id.trim()] ?? r.area_id.trim(),
		code_2023: r.code_2023.trim(),
		name_2023: r.name_2023.trim(),
		province_zh: r.province_zh.trim(),
		prefecture_zh: r.prefecture_zh.trim(),
		source_id: r.source_id.trim(),
		source_note: r.source_note.trim(),
		file
	}));
}

function gradeOf(value: string | undefined, at: string): MemberConfidence {
	const v = (value ?? '').trim() as MemberConfidence;
	if (!MEMBER_CONFIDENCE.includes(v))
		throw new Error(`${at}: confidence "${value}" is not one of ${MEMBER_CONFIDENCE.join(', ')}`);
	return v;
}

function toPoverty(text: string): PovertyCounty[] {
	return parseCsv(text).map((r) => ({
		code_2023: r.code_2023.trim(),
		name: r.name.trim(),
		name_listed: r.name_listed.trim(),
		province: r.province.trim(),
		prefecture: r.prefecture.trim(),
		exit_year: Number(r.exit_year),
		source_id: r.source_id.trim(),
		note: r.note.trim()
	}));
}

/**
 * Merge our membership rows with the research rows (duplicates of the same area and code are kept
 * once, their sources joined) and drop mountain-area rows that are not poverty counties (plan scope
 * only, e.g. 章贡区): they stay in `excluded` with the reason.
 */
export function buildTables(input: TableInputs): GazetteerTables {
	const poverty = toPoverty(input.povertyCounties);
	const poor = new Set(poverty.map((p) => p.code_2023));
	const all = [
		...toMembers(input.areaCounties, 'area_counties.csv'),
		...(input.areaCountiesAdded ? toMembers(input.areaCountiesAdded, 'area_counties_added.csv') : []),
		...(input.areaCountiesMore ? toMembers(input.areaCountiesMore, 'area_counties_more.csv') : [])
	];
	const members: MemberRow[] = [];
	const excluded: GazetteerTables['excluded'] = [];
	const byKey = new Map<string, MemberRow>();
	const mountain = new Set<string>(MOUNTAIN_AREAS);
	for (const row of all) {
		if (mountain.has(row.area_id) && !poor.has(row.code_2023)) {
			excluded.push({
				...row,
				why: 'not one of the 832 poverty counties, so not a 片区县 of the 2012 list (plan scope only)'
			});
			continue;
		}
		const key = `${row.area_id}:${row.code_2023}`;
		const prev = byKey.get(key);
		if (prev) {
			const ids = new Set([...prev.source_id.split(';'), ...row.source_id.split(';')]);
			prev.source_id = [...ids].filter(Boolean).join(';');
			prev.source_note = [prev.source_note, `${row.file}: ${row.source_note}`].filter(Boolean).join(' | ');
			// A list or plan row makes the membership sure; two weak findings keep the stronger grade.
			if (!prev.confidence || !row.confidence) delete prev.confidence;
			else if (MEMBER_CONFIDENCE.indexOf(row.confidence) < MEMBER_CONFIDENCE.indexOf(prev.confidence))
				prev.confidence = row.confidence;
			continue;
		}
		byKey.set(key, row);
		members.push(row);
	}
	return { members, excluded, poverty_counties: poverty, sources_added: input.sourcesAdded ?? [] };
}
