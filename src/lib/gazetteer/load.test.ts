import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_DIR, renderTables } from './build-data';
import { readGeodataCodes } from './geodata-codes';
import { loadGazetteer, loadPovertyCounties, loadSources, loadTables } from './load';
import { MOUNTAIN_AREAS } from './tables';

const g = loadGazetteer();
const byId = new Map(g.places.map((p) => [p.id, p]));
const ofKind = (k: string) => g.places.filter((p) => p.kind === k);

describe('loadGazetteer', () => {
	it('tables.json is up to date with the CSV files (else run npm run gazetteer:build)', () => {
		expect(readFileSync(resolve(GAZETTEER_DIR, 'tables.json'), 'utf8')).toBe(renderTables());
	});

	it('has ASCII ids, unique across places and events', () => {
		const ids = [...g.places.map((p) => p.id), ...g.events.map((e) => e.id)];
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
	});

	it('has the 34 provincial units, each with its level-1 code', () => {
		const provinces = ofKind('province');
		const level1 = readGeodataCodes().level1;
		expect(provinces).toHaveLength(34);
		expect(new Set(provinces.map((p) => p.codes![0]))).toEqual(level1);
	});

	it('has 14 contiguous poverty areas: the 11 mountain areas and 3 special areas', () => {
		const areas = ofKind('poverty-area');
		expect(areas).toHaveLength(14);
		expect(areas.map((a) => a.id)).toEqual(expect.arrayContaining([...MOUNTAIN_AREAS]));
		const special = areas.filter((a) => !(MOUNTAIN_AREAS as readonly string[]).includes(a.id));
		expect(special.map((a) => a.name_zh).sort()).toEqual(
			['南疆三地州', '四省藏区', '西藏（连片特困地区）'].sort()
		);
		for (const a of special) expect(a.members_complete).toBe(true);
		for (const a of areas) expect(a.provinces_spanned?.length).toBeGreaterThan(0);
	});

	it('marks a mountain area partial unless its members reach the official count', () => {
		for (const id of MOUNTAIN_AREAS) {
			const a = byId.get(id)!;
			const partial = a.official_member_count === undefined || a.members!.length < a.official_member_count;
			expect(partial || a.members_complete).toBe(true);
			expect(a.members_complete).not.toBe(true);
		}
	});

	it('keeps mountain-area members to the 832 poverty counties (片区县 ⊂ 832)', () => {
		const poor = new Set(loadPovertyCounties().map((p) => p.code_2023));
		for (const id of MOUNTAIN_AREAS)
			for (const c of byId.get(id)!.members!) expect(poor.has(c), `${id} ${c}`).toBe(true);
		for (const e of loadTables().excluded) expect(poor.has(e.code_2023)).toBe(false);
	});

	it('has 三区三州 as the union of its six parts', () => {
		const whole = byId.get('sanqu_sanzhou')!;
		const parts = ofKind('sanqu-sanzhou').filter((p) => p.id !== whole.id);
		expect(parts.map((p) => p.id).sort()).toEqual([...whole.parts!].sort());
		expect(parts.map((p) => p.name_zh.replace('三区三州：', '')).sort()).toEqual(
			['西藏', '四省藏区', '南疆四地州', '凉山州', '怒江州', '临夏州'].sort()
		);
		const union = new Set(parts.flatMap((p) => p.members!));
		expect(new Set(whole.members)).toEqual(union);
		// the three 州 parts are exactly their prefectures' county-level units
		const prefix: Record<string, string> = {
			sanzhou_liangshan: '5134',
			sanzhou_nujiang: '5333',
			sanzhou_linxia: '6229'
		};
		const level3 = [...readGeodataCodes().level3];
		for (const [id, pre] of Object.entries(prefix))
			expect(byId.get(id)!.members).toEqual(level3.filter((c) => c.startsWith(pre)).sort());
	});

	it('has the 52 counties of 2020 equal to the exit year 2020 of the 832 table', () => {
		const g52 = byId.get('counties_2020_52')!;
		expect(g52.members).toHaveLength(52);
		const y2020 = loadPovertyCounties()
			.filter((p) => p.exit_year === 2020)
			.map((p) => p.code_2023)
			.sort();
		expect(g52.members).toEqual(y2020);
	});

	it('has the seven symposia, numbered 1–7 in date order, each with a date, a place and a speech passage', () => {
		const s = g.events.filter((e) => e.kind === 'symposium').sort((a, b) => a.number! - b.number!);
		expect(s.map((e) => [e.date, byId.get(e.place)!.name_zh])).toEqual([
			['2015-02-13', '延安市'],
			['2015-06-18', '贵阳市'],
			['2016-07-20', '银川市'],
			['2017-06-23', '太原市'],
			['2018-02-12', '成都市'],
			['2019-04-16', '重庆市'],
			['2020-03-06', '北京市']
		]);
		for (const e of s) expect(e.sources.some((r) => /^\d{4}-\d{2}-\d{2}-/.test(r.id))).toBe(true);
	});

	it('cites only known sources, and every source id in sources is unique', () => {
		const sources = loadSources();
		expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
		const known = new Set(sources.map((s) => s.id));
		const used = [...g.places.flatMap((p) => p.sources), ...g.events.flatMap((e) => e.sources)];
		for (const s of used) expect(known.has(s.id), s.id).toBe(true);
		for (const row of loadTables().members)
			for (const id of row.source_id.split(';'))
				expect(known.has(id), `${row.area_id} ${row.name_2023}: ${id}`).toBe(true);
	});
});
