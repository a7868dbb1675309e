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
import { labelPointsOf } from './labelPoints';
import china from '../../../geodata/china.topo.json';
import counties from '../../../geodata/counties.topo.json';

const gazetteer = loadGazetteer();
const { mentions } = corpusData(documents, gazetteer);
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
	const csv = buildMentionsCsv(documents, gazetteer, mentions);

	it('buildMentionsCsv starts with a BOM and the exact header', () => {
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.slice(1).split('\r\n')[0]).toBe(
			'doc_id,doc_date,doc_kind,paragraph,start,end,surface,place_id,place_name_zh,adcode'
		);
		expect(MENTIONS_CSV_HEADER.split(',')).toHaveLength(10);
	});

	it('buildMentionsCsv writes one row per mention, every place in the gazetteer', () => {
		const rows = parseCsv(csv.slice(1));
		expect(rows.length - 1).toBe(mentions.length);
		expect(mentions.length).toBeGreaterThan(150);
		rows.slice(1).forEach((r, i) => {
			const m = mentions[i];
			expect(r).toHaveLength(10);
			const doc = documents.find((d) => d.id === r[0])!;
			expect([r[0], r[1], r[2]]).toEqual([doc.id, doc.date, doc.kind]);
			expect([r[3], Number(r[4]), Number(r[5]), r[6], r[7]]).toEqual([
				m.paragraph,
				m.start,
				m.end,
				m.surface,
				m.place_id
			]);
			const place = places.get(r[7]);
			expect(place, r[7]).toBeDefined();
			expect(r[8]).toBe(place!.name_zh);
			expect(r[9]).toMatch(/^(\d{6})?$/);
			if (r[9]) expect(place!.codes).toEqual([r[9]]);
			const text = doc.paragraphs.find((p) => p.id === r[3])!.text;
			expect(text.slice(Number(r[4]), Number(r[5]))).toBe(r[6]);
		});
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
