/**
 * Issue 10 §4: the six further county findings of the shared reference (area_counties_more.csv) are
 * added with their source and their confidence, checked against our geodata and the 832 list, and the
 * confidence reaches the popup (and, through the atlas, the open data).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { parseCsv } from '../../src/lib/gazetteer/csv';
import { buildTables, MEMBER_CONFIDENCE } from '../../src/lib/gazetteer/tables';
import { loadGazetteer, loadPovertyCounties, loadSources, loadTables } from '../../src/lib/gazetteer/load';
import { readGeodataCodes } from '../../src/lib/gazetteer/geodata-codes';
import { labelPointsOf } from '../../src/lib/corpus/labelPoints';
import { buildAtlas } from '../../src/lib/explore/build-atlas';
import { describePlace } from '../../src/lib/explore/describe';
import { unitsOf } from '../../src/lib/explore/units';
import { documents } from '../../src/lib/corpus/documents';
import { corpusData } from '../../src/lib/corpus/corpusData';
import chinaJson from '../../geodata/china.topo.json';
import countiesJson from '../../geodata/counties.topo.json';

const root = resolve(__dirname, '../..');
const ours = readFileSync(resolve(root, 'geodata/gazetteer/area_counties_more.csv'), 'utf8');
const reference = readFileSync(
	resolve('/work/shared/reference/poverty-areas/area_counties_more.csv'),
	'utf8'
);
const rows = parseCsv(ours);
const gazetteer = loadGazetteer();
const byId = new Map(gazetteer.places.map((p) => [p.id, p]));

describe('area_counties_more.csv', () => {
	it('holds the six findings of the shared reference, same areas, codes, names and grades', () => {
		const ref = parseCsv(reference);
		expect(rows.map((r) => [r.area_id, r.code_2023, r.name_2023, r.confidence])).toEqual(
			ref.map((r) => [r.area_id, r.code_2023, r.name_2023, r.confidence])
		);
		expect(rows.map((r) => r.name_2023)).toEqual([
			'榆中县',
			'文县',
			'新邵县',
			'环江毛南族自治县',
			'天镇县',
			'新县'
		]);
	});

	it('every code is a county-level unit of the geodata, under the named province and prefecture', () => {
		const geodata = readGeodataCodes();
		const units = unitsOf([chinaJson as unknown as Topology, countiesJson as unknown as Topology]);
		for (const r of rows) {
			expect(geodata.level3.has(r.code_2023), r.code_2023).toBe(true);
			const u = units.get(r.code_2023)!;
			expect(u.name_zh, r.code_2023).toBe(r.name_2023);
			expect(units.get(u.province!)?.name_zh, r.code_2023).toBe(r.province_zh);
			expect(units.get(u.prefecture!)?.name_zh, r.code_2023).toBe(r.prefecture_zh);
		}
	});

	it('every county is one of the 832 and every area is a mountain area of the gazetteer', () => {
		const poor = new Set(loadPovertyCounties().map((p) => p.code_2023));
		for (const r of rows) {
			expect(poor.has(r.code_2023), r.name_2023).toBe(true);
			expect(byId.get(r.area_id)?.kind, r.area_id).toBe('poverty-area');
		}
	});

	it('every row cites a source of sources.json and carries a grade', () => {
		const ids = new Set(loadSources().map((s) => s.id));
		for (const r of rows) {
			expect(ids.has(r.source_id), r.source_id).toBe(true);
			expect(MEMBER_CONFIDENCE).toContain(r.confidence);
		}
	});

	it('the loader adds them as members, graded, and nothing else is graded', () => {
		for (const r of rows) {
			const area = byId.get(r.area_id)!;
			expect(area.members, r.area_id).toContain(r.code_2023);
			expect(area.member_confidence?.[r.code_2023], r.area_id).toBe(r.confidence);
			expect(Object.keys(area.member_confidence!)).toEqual([r.code_2023]);
		}
		// The whole of the 14 areas carries the same grades (no other part lists these counties).
		const whole = byId.get('contiguous_areas')!;
		expect(Object.keys(whole.member_confidence ?? {}).sort()).toEqual(rows.map((r) => r.code_2023).sort());
		const weakRows = loadTables().members.filter((m) => m.confidence);
		expect(weakRows.map((m) => m.file)).toEqual(rows.map(() => 'area_counties_more.csv'));
	});

	it('a bad grade fails the build loudly; a list row makes a weak finding sure', () => {
		const poverty =
			'code_2023,name,name_listed,province,prefecture,exit_year,source_id,note\n620123,榆中县,榆中县,甘肃省,兰州市,2018,S,\n';
		const header = 'area_id,code_2023,name_2023,province_zh,prefecture_zh,source_id,source_note';
		const more = `${header},confidence\nliupanshan,620123,榆中县,甘肃省,兰州市,S_X,n,maybe\n`;
		expect(() =>
			buildTables({ areaCounties: `${header}\n`, povertyCounties: poverty, areaCountiesMore: more })
		).toThrow(/confidence "maybe"/);
		const weak = more.replace('maybe', 'medium');
		const list = `${header}\nliupanshan,620123,榆中县,甘肃省,兰州市,S_LIST,\n`;
		const t = buildTables({ areaCounties: list, povertyCounties: poverty, areaCountiesMore: weak });
		expect(t.members).toHaveLength(1);
		expect(t.members[0].confidence).toBeUndefined();
		expect(t.members[0].source_id).toBe('S_LIST;S_X');
	});
});

describe('the popup shows how sure a weakly sourced membership is', () => {
	const china = chinaJson as unknown as Topology;
	const counties = countiesJson as unknown as Topology;
	const atlas = buildAtlas(gazetteer, loadPovertyCounties(), labelPointsOf(china, counties));
	const units = unitsOf([china, counties]);
	const { index } = corpusData(documents, gazetteer);
	const noFilter = { docs: null, docKinds: null, year: null };
	const membership = (code: string, area: string) =>
		describePlace(code, atlas, index, noFilter, (c) => units.get(c))!.memberships.find((m) => m.key === area);

	it.each(rows.map((r) => [r.name_2023, r] as const))('%s', (_name, r) => {
		expect(membership(r.code_2023, r.area_id)?.confidence).toBe(r.confidence);
	});

	it('a county from a list shows no grade (原州区, 六盘山区)', () => {
		const m = membership('640402', 'liupanshan');
		expect(m).toBeDefined();
		expect(m!.confidence).toBeUndefined();
	});
});
