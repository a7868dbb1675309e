import { describe, expect, it } from 'vitest';
import { buildTables } from './tables';

const H = 'area_id,code_2023,name_2023,province_zh,prefecture_zh,source_id,source_note\n';
const P =
	'code_2023,name,name_listed,province,prefecture,exit_year,source_id,note\n360704,赣县区,赣县,江西省,赣州市,2019,S_832,\n';

describe('buildTables', () => {
	it('merges the research rows, joins duplicate sources and drops mountain rows outside the 832', () => {
		const t = buildTables({
			areaCounties:
				H +
				'luoxiaoshan,360704,赣县区,江西省,赣州市,S_A,first\nxizang,540102,城关区,西藏自治区,拉萨市,S_B,\n',
			areaCountiesAdded:
				H +
				'luoxiaoshan,360704,赣县区,江西省,赣州市,S_C,again\r\nluoxiaoshan,360702,章贡区,江西省,赣州市,S_C,"scope, only"\r\n',
			povertyCounties: P
		});
		expect(t.members.map((m) => [m.area_id, m.code_2023, m.source_id])).toEqual([
			['luoxiaoshan', '360704', 'S_A;S_C'],
			['xizang_area', '540102', 'S_B']
		]);
		expect(t.excluded.map((m) => [m.code_2023, m.source_note, m.file])).toEqual([
			['360702', 'scope, only', 'area_counties_added.csv']
		]);
		expect(t.poverty_counties[0]).toMatchObject({ code_2023: '360704', exit_year: 2019 });
	});

	it('names the file when a column is missing', () => {
		expect(() => buildTables({ areaCounties: 'area_id,code_2023\nx,1\n', povertyCounties: P })).toThrow(
			/area_counties.csv: missing column/
		);
	});
});
