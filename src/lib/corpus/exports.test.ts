/**
 * The open data exports built from the real documents, gazetteer and geodata label points:
 * mentions.csv (buildMentionsCsv) and places.geojson (buildPlacesGeoJson).
 */
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { loadGazetteer } from '../gazetteer/load';
import { documents } from './documents';
import { corpusData } from './corpusData';
import { buildMentionsCsv, csvField, MENTIONS_CSV_HEADER } from './mentionsCsv';
import { buildPlacesGeoJson } from './placesGeojson';
import { passagesForPlace } from './passages';
import { labelPointsOf } from './labelPoints';
import china from '../../../geodata/china.topo.json';
import counties from '../../../geodata/counties.topo.json';

const gazetteer = loadGazetteer();
const { mentions, index } = corpusData(documents, gazetteer);
const places = new Map(gazetteer.places.map((p) => [p.id, p]));

/** A small RFC 4180 reader, to check the CSV reads back to the same fields. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	if (field !== '' || row.length > 0) rows.push([...row, field]);
	return rows;
}

describe('buildMentionsCsv', () => {
	const csv = buildMentionsCsv(documents, gazetteer, mentions, index);
	const rows = parseCsv(csv.slice(1));
	const body = rows.slice(1);
	const col = (name: string) => MENTIONS_CSV_HEADER.split(',').indexOf(name);

	it('buildMentionsCsv starts with a BOM and the exact header', () => {
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.slice(1).split('\r\n')[0]).toBe(
			'doc_id,doc_date,doc_kind,paragraph,start,end,surface,place_id,place_name_zh,adcode,reached,via_place_id,read_as'
		);
		expect(MENTIONS_CSV_HEADER.split(',')).toHaveLength(13);
	});

	it('buildMentionsCsv writes one named row per mention, in order, every place in the gazetteer', () => {
		const named = body.filter((r) => r[col('reached')] === 'named');
		expect(named.length).toBe(mentions.length);
		expect(mentions.length).toBeGreaterThan(150);
		named.forEach((r, i) => {
			const m = mentions[i];
			expect(r).toHaveLength(13);
			const doc = documents.find((d) => d.id === r[0])!;
			expect([r[0], r[1], r[2]]).toEqual([doc.id, doc.date, doc.kind]);
			expect([r[3], Number(r[4]), Number(r[5]), r[6], r[7], r[11], r[12]]).toEqual([
				m.paragraph,
				m.start,
				m.end,
				m.surface,
				m.place_id,
				'',
				m.via ?? ''
			]);
			const place = places.get(r[7]);
			expect(place, r[7]).toBeDefined();
			expect(r[8]).toBe(place!.name_zh);
			const text = doc.paragraphs.find((p) => p.id === r[3])!.text;
			expect(text.slice(Number(r[4]), Number(r[5]))).toBe(r[6]);
		});
	});

	it('buildMentionsCsv gives every row whose place has a code that code (三州 rows: their same_as prefecture)', () => {
		for (const r of body) {
			const place = places.get(r[7])!;
			const twin = place.same_as ? places.get(place.same_as) : undefined;
			const code =
				place.codes?.length === 1 ? place.codes[0] : twin?.codes?.length === 1 ? twin.codes[0] : '';
			expect(r[col('adcode')], `${r[7]}`).toBe(code);
		}
		const sanzhou = body.filter((r) => r[7].startsWith('sanzhou_'));
		expect(sanzhou.length).toBeGreaterThanOrEqual(6);
		expect(new Set(sanzhou.map((r) => `${r[7]}:${r[col('adcode')]}`))).toEqual(
			new Set(['sanzhou_liangshan:513400', 'sanzhou_nujiang:533300', 'sanzhou_linxia:622900'])
		);
		// 闽东 and 闽东北地区 are not 宁德市: no code
		for (const r of body.filter((x) => ['mindong', 'mindongbei'].includes(x[7])))
			expect(r[col('adcode')]).toBe('');
	});

	it('buildMentionsCsv says how each place was reached, as the popups do (province rows only via_province)', () => {
		const reached = (place: string, doc: string, para: string) =>
			body
				.filter((r) => r[7] === place && r[0] === doc && r[3] === para)
				.map((r) => `${r[col('reached')]}:${r[col('via_place_id')]}`);
		// 凉山州 and the 三州 part are one territory
		expect(reached('liangshan', '2017-06-23-taiyuan', 'p15')).toEqual(['same_territory:sanzhou_liangshan']);
		// 怒江 through 三区三州 (2020) and through 云南 (2017 ¶8, the toggle's passage)
		expect(reached('nujiang', '2020-03-06-beijing', 'p23')).toEqual(['via_region:sanqu_sanzhou']);
		expect(reached('nujiang', '2017-06-23-taiyuan', 'p8')).toEqual(['via_province:yunnan']);
		// 延安 is not reached through 陕西 (a qualifier is no mention) and not twice through ¶4
		expect(body.filter((r) => r[7] === 'yanan').map((r) => `${r[0]} ${r[3]} ${r[col('reached')]}`)).toEqual([
			'2017-06-23-taiyuan p4 named',
			'2020-03-06-beijing p4 named'
		]);
		expect(body.some((r) => r[7] === 'shaanxi' || r[col('via_place_id')] === 'shaanxi')).toBe(false);
		// 藏区 read through its sentence
		expect(
			body
				.filter((r) => r[6] === '藏区' && r[col('reached')] === 'named')
				.map((r) => [r[7], r[col('read_as')]])
		).toEqual([
			['chuanxibei_zangqu', 'context'],
			['chuanxibei_zangqu', 'context']
		]);
		// every non-named row matches what passagesForPlace lists for that place
		for (const r of body.filter((x) => x[col('reached')] !== 'named')) {
			const list = passagesForPlace(index, r[7], { provinces: r[col('reached')] === 'via_province' });
			const hit = list.some((ref) => {
				const p = index.passages[ref.passage];
				return p.doc === r[0] && p.paragraph === r[3] && p.start <= Number(r[4]) && Number(r[5]) <= p.end;
			});
			expect(hit, r.join(',')).toBe(true);
		}
	});

	it('csvField quotes commas, quotes and line breaks', () => {
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('他说"好"')).toBe('"他说""好"""');
		expect(csvField('a\nb')).toBe('"a\nb"');
		expect(csvField('阜平县')).toBe('阜平县');
		expect(parseCsv([csvField('a,"b"'), csvField(3)].join(',') + '\r\n')).toEqual([['a,"b"', '3']]);
	});
});

describe('buildPlacesGeoJson', () => {
	const labels = labelPointsOf(china as unknown as Topology, counties as unknown as Topology);
	const geo = buildPlacesGeoJson(gazetteer, documents, mentions, labels);

	it('buildPlacesGeoJson has one feature per gazetteer place, with the documented properties', () => {
		expect(geo.type).toBe('FeatureCollection');
		expect(geo.features.map((f) => f.id)).toEqual(gazetteer.places.map((p) => p.id));
		for (const f of geo.features) {
			expect(Object.keys(f.properties).sort()).toEqual(
				[
					'adcode',
					'approximate',
					'id',
					'kind',
					'mentions',
					'mentions_total',
					'name_en',
					'name_en_short',
					'name_zh',
					'position'
				].sort()
			);
			expect(Object.keys(f.properties.mentions).sort()).toEqual(documents.map((d) => d.id).sort());
		}
	});

	it('buildPlacesGeoJson places every administrative unit at its geodata label point', () => {
		for (const f of geo.features) {
			const p = places.get(f.properties.id)!;
			if (['province', 'prefecture', 'county'].includes(p.kind)) {
				expect(f.properties.position, p.id).toBe('label');
				expect(f.geometry!.coordinates).toEqual(labels.get(p.codes![0]));
			}
			if (p.kind === 'village' || p.kind === 'township') {
				expect(f.geometry, p.id).not.toBeNull();
				expect(f.properties.approximate).toBe(
					p.approximate === true || f.properties.position === 'placed-at'
				);
			}
			if (p.kind === 'broad') expect(f.geometry).toBeNull();
		}
		const fuping = geo.features.find((f) => f.id === 'fuping')!;
		const [lon, lat] = fuping.geometry!.coordinates;
		expect(lon).toBeGreaterThan(113.5);
		expect(lon).toBeLessThan(114.5);
		expect(lat).toBeGreaterThan(38.5);
		expect(lat).toBeLessThan(39.5);
	});

	it('buildPlacesGeoJson mention counts add up to the mentions of each document', () => {
		for (const d of documents) {
			const total = geo.features.reduce((n, f) => n + f.properties.mentions[d.id], 0);
			expect(total).toBe(mentions.filter((m) => m.doc_id === d.id).length);
		}
	});
});
