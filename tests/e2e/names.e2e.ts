/**
 * One English name per place, checked over the BUILT site (run after `npm run build`): every
 * build/**\/*.{html,json,csv,geojson} and every script chunk (the map's label table is one) contain no
 * variant spelling of a place (the pinyin of a place with a customary name — Akesu, Rikaze, Ganzi —,
 * the spellings of other conventions — Khingan, Tibet, Hulunbei'er —, Yan’an for Yan'an); the open data
 * gives no two places one English name; the map's label table tells the two Hainans apart; and a
 * reader of a place page in English sees the table's name.
 */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	bannedVariants,
	findVariants,
	plainText,
	sharedNames,
	type NameRow
} from '../../src/lib/gazetteer/testing/english-names';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const BUILD = join(ROOT, 'build');
const json = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
	);
}

interface BuiltPlace {
	id: string;
	kind: string;
	name_zh: string;
	name_en: string;
	short_en?: string;
	codes?: string[];
}

/** The places as the built site names them: atlas.json (gazetteer) and the label table (map units). */
function builtRows(labels: Record<string, string>): NameRow[] {
	const atlas = json<{ places: BuiltPlace[] }>(join(BUILD, 'data/atlas.json'));
	const table = json<{ units: Record<string, string | [string, string]> }>(
		join(ROOT, 'geodata/gazetteer/names_en.json')
	);
	const topo = json<{
		objects: Record<string, { geometries: { id: string | number; properties: { name: string } }[] }>;
	}>(join(ROOT, 'geodata/china.topo.json'));
	const admin = new Set(['province', 'prefecture', 'county', 'township', 'village']);
	const rows: NameRow[] = atlas.places.map((p) => ({
		key: p.id,
		full: p.name_en,
		short: p.short_en ?? p.name_en,
		...(admin.has(p.kind) ? { zh: p.name_zh } : {})
	}));
	const held = new Set(
		atlas.places.filter((p) => p.kind === 'province' || p.kind === 'prefecture').flatMap((p) => p.codes ?? [])
	);
	for (const object of ['provinces', 'prefectures'])
		for (const g of topo.objects[object].geometries) {
			const code = String(g.id);
			if (held.has(code) || rows.some((r) => r.key === code)) continue;
			const row = table.units[code];
			rows.push({
				key: code,
				full: row === undefined ? labels[code] : typeof row === 'string' ? row : row[0],
				short: labels[code],
				zh: g.properties.name
			});
		}
	return rows;
}

/** The built script chunk holding the map's English label table, parsed back to code → label. */
function builtLabelTable(): Record<string, string> {
	const chunks = files(join(BUILD, '_app')).filter((f) => f.endsWith('.js'));
	const withTable = chunks.filter((f) =>
		/"?632500"?\s*:\s*["`]Hainan Prefecture["`]/.test(readFileSync(f, 'utf8'))
	);
	expect(withTable, 'one chunk holds the English label table').toHaveLength(1);
	const text = readFileSync(withTable[0], 'utf8');
	const labels: Record<string, string> = {};
	// Minified as {11e4:`Beijing`, …, 632500:`Hainan Prefecture`} or {"110000":"Beijing", …}.
	for (const m of text.matchAll(/(?<=[{,])"?(\d+(?:e\d+)?)"?\s*:\s*(["`])((?:(?!\2)[^\\]|\\.)*)\2/g)) {
		const code = String(Number(m[1]));
		if (/^\d{6}$/.test(code)) labels[code] = plainText(m[3]);
	}
	return labels;
}

test.describe('one English name per place, in the built site', () => {
	test('no variant spelling anywhere; no English name shared by two places', () => {
		const labels = builtLabelTable();
		expect(Object.keys(labels).length).toBeGreaterThan(400);
		// The two Hainans are told apart on the map too.
		expect(labels['460000']).toBe('Hainan');
		expect(labels['632500']).toBe('Hainan Prefecture');
		expect(sharedNames(Object.entries(labels))).toEqual(new Map());

		const rows = builtRows(labels);
		expect(sharedNames(rows.map((r) => [r.key, r.full]))).toEqual(new Map());
		const variants = bannedVariants(rows);
		for (const v of ['Akesu', 'Kezilesu', 'Rikaze', "Hulunbei'er", 'Khingan', "Daxing'anling", 'Ganzi'])
			expect(variants.has(v), v).toBe(true);

		const all = files(BUILD);
		const pages = all.filter((f) => /\.(html|json|csv|geojson)$/.test(f));
		// And every script: the label table, the UI strings and the tours are script chunks.
		const scripts = all.filter((f) => f.endsWith('.js'));
		expect(pages.length).toBeGreaterThan(100);
		expect(scripts.length).toBeGreaterThan(0);
		const found: string[] = [];
		let scanned = 0;
		for (const f of [...pages, ...scripts]) {
			const text = readFileSync(f, 'utf8');
			scanned += text.length;
			for (const hit of findVariants(text, variants))
				found.push(`${f.slice(BUILD.length)}: ${hit.variant} (${hit.key}): …${hit.context}…`);
		}
		expect(found).toEqual([]);
		expect(scanned).toBeGreaterThan(1_000_000);

		// Open data: one English name per place, one place per English name.
		const geo = json<{ features: { properties: { id: string; name_en: string; name_en_short: string } }[] }>(
			join(BUILD, 'data/places.geojson')
		);
		const byId = new Map(rows.map((r) => [r.key, r]));
		for (const { properties: p } of geo.features) {
			expect(p.name_en, p.id).toBe(byId.get(p.id)?.full);
			expect(p.name_en_short, p.id).toBe(byId.get(p.id)?.short);
		}
		expect(sharedNames(geo.features.map((f) => [f.properties.id, f.properties.name_en]))).toEqual(new Map());
	});

	test('a place page in English names the place, its parent and its memberships by the table', async ({
		page
	}) => {
		await page.goto('./place/aba?lang=en');
		const details = page.getByTestId('place-details');
		await expect(details).toContainText('Ngawa Tibetan and Qiang Autonomous Prefecture');
		await expect(page.getByRole('button', { name: 'Sichuan', exact: true })).toBeVisible();
		await expect(page.locator('body')).not.toContainText('Aba)');
		const text = await page.locator('body').innerText();
		expect(text).not.toMatch(/\bTibet\b|Ganzi|Rikaze/);
	});
});
