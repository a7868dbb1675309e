import type { ChinaSource } from './types';

export interface Parents {
	province: string;
	prefecture: string;
}

/**
 * The province and prefecture-level parent of every county-level unit.
 *
 * Province: the provincial unit whose full name the source gives in the county's `province`
 * property (not derived from the code, so that the code check below can fail).
 * Prefecture, first rule that applies:
 *  1. the level-2 unit whose code is the county's first four digits + '00' (510104 → 510100);
 *  2. the county itself when it is also a level-2 unit (units administered directly by a province,
 *     such as 仙桃 429004 or 五指山 469001, prefecture cities without counties such as 东莞 441900,
 *     Taiwan's units 7100xx, 澳门 820000);
 *  3. the provincial unit when it is also a level-2 unit (districts of 北京, 天津, 上海, 重庆, 香港).
 */
export function countyParents(source: ChinaSource): {
	parents: Map<string, Parents>;
	errors: string[];
} {
	const provinceByName = new Map(source.provinces.map((p) => [p.full_name, p.code]));
	const prefectureCodes = new Set(source.prefectures.map((p) => p.code));
	const parents = new Map<string, Parents>();
	const errors: string[] = [];
	for (const county of source.counties) {
		const label = `${county.code} ${county.full_name}`;
		const province = provinceByName.get(county.province_name ?? '');
		if (!province) {
			errors.push(`${label}: unknown province "${county.province_name}"`);
			continue;
		}
		if (county.code.slice(0, 2) !== province.slice(0, 2)) {
			errors.push(`${label}: code does not start with its province's digits (${province})`);
		}
		const candidates = [county.code.slice(0, 4) + '00', county.code, province];
		const prefecture = candidates.find((c) => prefectureCodes.has(c));
		if (!prefecture) {
			errors.push(`${label}: no prefecture-level parent`);
			continue;
		}
		parents.set(county.code, { province, prefecture });
	}
	for (const prefecture of source.prefectures) {
		const province = provinceByName.get(prefecture.province_name ?? '');
		if (!province || prefecture.code.slice(0, 2) !== province.slice(0, 2)) {
			errors.push(
				`${prefecture.code} ${prefecture.full_name}: province "${prefecture.province_name}" does not match its code`
			);
		}
	}
	return { parents, errors };
}
