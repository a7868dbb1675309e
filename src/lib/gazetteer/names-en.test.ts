/**
 * One English name per place: the table (names_en.json) gives each place one full and one short form,
 * no two places share a name, and every generated surface (map labels, atlas.json, places.geojson,
 * tours, UI strings, gazetteer notes) uses the table's spelling and none of the variants.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chinaUnits, LABELS_EN_PATH } from '../../../scripts/build-labels-en';
import { allTours } from '../../routes/present/tours.server';
import { GET as atlasGet } from '../../routes/data/atlas.json/+server';
import { GET as placesGet } from '../../routes/data/places.geojson/+server';
import { strings } from '../i18n/strings';
import { PRESENT_STRINGS } from '../ui/present/strings';
import { READER_STRINGS } from '../ui/reader/strings';
import { qrStrings } from '../ui/qr/strings';
import { placesByUnit } from '../geo/english-labels';
import { PLACE_FILES, loadGazetteer } from './load';
import { NAMES_EN, nameOf, placeName, withEnglishNames } from './names-en';
import { bannedVariants, findVariants, sharedNames, type NameRow } from './testing/english-names';
import type { Place } from './types';
import type { Atlas } from '../explore/types';
import type { PlacesGeoJson } from '../corpus/placesGeojson';

const gazetteer = loadGazetteer();
const places = gazetteer.places;
const byId = new Map(places.map((p) => [p.id, p]));
const units = chinaUnits();
const labels = JSON.parse(readFileSync(LABELS_EN_PATH, 'utf8')) as Record<string, string>;
const unitOf = placesByUnit(places);
const ADMIN = new Set(['province', 'prefecture', 'county', 'township', 'village']);

/** Every place once: the gazetteer's, then the map units the gazetteer does not hold (by code). */
function rows(): NameRow[] {
	const out: NameRow[] = places.map((p) => ({
		key: p.id,
		full: p.name_en,
		short: p.short_en ?? p.name_en,
		...(ADMIN.has(p.kind) ? { zh: p.name_zh } : {})
	}));
	const seen = new Set<string>();
	for (const u of units) {
		if (unitOf.has(u.code) || seen.has(u.code)) continue;
		seen.add(u.code);
		const row = Object.hasOwn(NAMES_EN.units, u.code) ? nameOf(NAMES_EN.units[u.code]) : undefined;
		out.push({ key: u.code, full: row?.full ?? labels[u.code], short: labels[u.code], zh: u.name });
	}
	return out;
}
const ALL = rows();
const VARIANTS = bannedVariants(ALL);

/** The territory a place stands for (same_as followed to its end). */
const territory = (p: Place | undefined): string | undefined => {
	let q = p;
	for (let i = 0; q?.same_as && i < 5; i++) q = byId.get(q.same_as);
	return q?.id;
};
const zhShort = (p: Place) => p.name_zh.replace(/^三区三州：/, '').replace(/（连片特困地区）$/, '');

describe('the table of English names (geodata/gazetteer/names_en.json)', () => {
	it('has exactly one row per gazetteer place, and the places carry no name of their own', () => {
		const ids = new Set(Object.values(PLACE_FILES).flatMap((ps) => ps.map((p) => p.id)));
		expect(new Set(Object.keys(NAMES_EN.places))).toEqual(ids);
		for (const p of places) expect(p.name_en, p.id).toBe(placeName(p.id)!.full);
		expect(() => withEnglishNames('x.json', [{ id: 'liangshan', name_en: 'Liangshan' }])).toThrow(
			/x.json liangshan.*names_en/
		);
		expect(() => withEnglishNames('x.json', [{ id: 'atlantis' }])).toThrow(
			/x.json atlantis.*no English name/
		);
		for (const [key, entry] of [...Object.entries(NAMES_EN.places), ...Object.entries(NAMES_EN.units)]) {
			const { full, short } = nameOf(entry);
			expect(full.trim(), key).toBe(full);
			expect(short.length, key).toBeGreaterThan(0);
			// An array row is there to give a different short form.
			if (typeof entry !== 'string') expect(short, key).not.toBe(full);
		}
	});

	it('gives no two places one full name (gazetteer places and the units of the map, case-insensitive)', () => {
		expect(ALL.length).toBeGreaterThan(450);
		expect(sharedNames(ALL.map((r) => [r.key, r.full]))).toEqual(new Map());
	});

	it('gives two places one short form only where they are one territory or the Chinese short names are one too', () => {
		const bad: string[] = [];
		for (const [name, keys] of sharedNames(ALL.map((r) => [r.key, r.short]))) {
			const ps = keys.map((k) => byId.get(k));
			const oneTerritory = ps.every((p) => p && territory(p) === territory(ps[0]));
			const sameZh = ps.every((p) => p && !ADMIN.has(p.kind) && zhShort(p) === zhShort(ps[0]!));
			if (!oneTerritory && !sameZh) bad.push(`${name}: ${keys.join(', ')}`);
		}
		expect(bad).toEqual([]);
	});

	it('tells 海南藏族自治州 from the province 海南, in full and on the map', () => {
		expect(placeName('hainan')!.full).toBe('Hainan');
		expect(nameOf(NAMES_EN.units['632500']).full).toBe('Hainan Tibetan Autonomous Prefecture');
		expect(labels['460000']).toBe('Hainan');
		expect(labels['632500']).toBe('Hainan Prefecture');
	});
});

describe('the variant finder', () => {
	it('derives the pinyin of customary names and the known other spellings as variants', () => {
		for (const v of [
			'Akesu',
			'Kezilesu',
			'Rikaze',
			"Hulunbei'er",
			'Khingan',
			"Daxing'anling",
			'Ganzi',
			'Tibet',
			'Kashi',
			'Yan’an'
		])
			expect(VARIANTS.has(v), v).toBe(true);
		// Chosen names, and a pinyin that is the start of one (Hainan Prefecture, Suzhou (Anhui)), are not.
		for (const v of ['Aksu', 'Hainan', 'Suzhou', 'Liangshan', "Yan'an", 'Xizang'])
			expect(VARIANTS.has(v), v).toBe(false);
	});

	it('finds a variant as a whole word, through HTML and JSON escapes, and nothing else', () => {
		const found = (t: string) => findVariants(t, VARIANTS).map((f) => f.variant);
		expect(found('Akesu and Rikaze, Tibet, Yan&#39;an, Yan\\u2019an')).toEqual([
			'Akesu',
			'Rikaze',
			'Tibet',
			'Yan’an'
		]);
		expect(found('Tibetan areas of Aksu, Xigaze, Hainan Prefecture, Suzhou (Anhui), Yan&#39;an')).toEqual([]);
		// A verbatim quote keeps its source's spelling.
		expect(found('the source lists “Hotan, Kashi, Kizilsu”; Kashi')).toEqual(['Kashi']);
	});
});

describe('every surface names each place as the table does', () => {
	it('map labels: each unit by the short form of its row', () => {
		for (const r of ALL) if (/^\d{6}$/.test(r.key)) expect(labels[r.key], r.key).toBe(r.short);
		for (const [code, p] of unitOf) expect(labels[code], code).toBe(p.short_en ?? p.name_en);
		expect(findVariants(JSON.stringify(labels), VARIANTS)).toEqual([]);
	});

	it('/data/atlas.json and /data/places.geojson: the full and short form of the row, no variant', async () => {
		const atlasText = await (await atlasGet({} as never)).text();
		const atlas = JSON.parse(atlasText) as Atlas;
		expect(atlas.places).toHaveLength(places.length);
		for (const p of atlas.places) {
			expect(p.name_en, p.id).toBe(placeName(p.id)!.full);
			expect(p.short_en ?? p.name_en, p.id).toBe(placeName(p.id)!.short);
		}
		const geoText = await (await placesGet({} as never)).text();
		const geo = JSON.parse(geoText) as PlacesGeoJson;
		for (const f of geo.features) {
			expect(f.properties.name_en, f.properties.id).toBe(placeName(f.properties.id)!.full);
			expect(f.properties.name_en_short, f.properties.id).toBe(placeName(f.properties.id)!.short);
		}
		expect(sharedNames(geo.features.map((f) => [f.properties.id, f.properties.name_en]))).toEqual(new Map());
		expect(findVariants(atlasText + geoText, VARIANTS)).toEqual([]);
	});

	it('tours (resolved), UI strings, event titles and gazetteer notes: no variant', () => {
		const tours = allTours();
		expect(tours.length).toBeGreaterThanOrEqual(4);
		const texts = [
			JSON.stringify(tours),
			JSON.stringify([strings, PRESENT_STRINGS, READER_STRINGS, qrStrings]),
			JSON.stringify(gazetteer.events),
			JSON.stringify(places.map((p) => [p.notes, p.sources]))
		].join('\n');
		expect(findVariants(texts, VARIANTS).map((f) => `${f.variant}: ${f.context}`)).toEqual([]);
		expect(JSON.stringify(tours)).not.toMatch(/\{(place|short):/);
		const symposia = tours.find((t) => t.id === 'symposia')!;
		expect(symposia.stops[0].title.en).toBe("1 · Yan'an, 13 February 2015");
		const areas = tours.find((t) => t.id === 'contiguous-areas')!;
		expect(areas.stops.map((s) => s.title.en)).toContain(placeName('daxinganling')!.short);
	});
});
