/**
 * Issue 10 §5: the target regions as polygons (regions.geojson) and the gazetteer in Linked Places
 * Format (places.lpf.json), validated against the World Historical Gazetteer's LPF schema (vendored
 * under tests/schemas/lpf/, see its README) with ajv.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { feature } from 'topojson-client';
import { geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import countiesJson from '../../geodata/counties.topo.json';
import chinaJson from '../../geodata/china.topo.json';
import { loadGazetteer, loadSources, loadTables } from '../../src/lib/gazetteer/load';
import { labelPointsOf } from '../../src/lib/corpus/labelPoints';
import { buildRegionsGeoJson } from '../../src/lib/corpus/regionsGeojson';
import { buildPlacesLpf, LPF_CONTEXT } from '../../src/lib/corpus/placesLpf';

const counties = countiesJson as unknown as Topology;
const gazetteer = loadGazetteer();
const regions = buildRegionsGeoJson(gazetteer, loadTables().members, counties);
const lpf = buildPlacesLpf(
	gazetteer,
	loadSources(),
	labelPointsOf(chinaJson as unknown as Topology, counties),
	regions
);
const countyFeatures = (
	feature(counties, counties.objects.counties) as unknown as FeatureCollection<Geometry>
).features as Feature<Geometry, { label: [number, number] }>[];

describe('regions.geojson', () => {
	const byId = new Map(regions.features.map((f) => [f.properties.id, f]));
	const TARGETS = [
		'sanqu_sanzhou',
		'sanqu_xizang',
		'sanqu_sisheng_zangqu',
		'sanqu_nanjiang_sidizhou',
		'sanzhou_liangshan',
		'sanzhou_nujiang',
		'sanzhou_linxia',
		'contiguous_areas',
		'counties_2020_52',
		'counties_832',
		'liupanshan',
		'yanshan_taihang',
		'luoxiaoshan',
		'xizang_area',
		'sisheng_zangqu',
		'nanjiang_sandizhou'
	];

	it('has every target region with a polygon, its member count and the partial flag', () => {
		for (const id of TARGETS) {
			const f = byId.get(id);
			expect(f, id).toBeDefined();
			expect(f!.geometry.type).toBe('MultiPolygon');
			expect(f!.geometry.coordinates.length, id).toBeGreaterThan(0);
			const place = gazetteer.places.find((p) => p.id === id)!;
			expect(f!.properties.members).toEqual(place.members);
			expect(f!.properties.member_count).toBe(place.members!.length);
		}
		expect(byId.get('counties_832')!.properties.member_count).toBe(831);
		expect(byId.get('counties_2020_52')!.properties.member_count).toBe(52);
		expect(byId.get('counties_2020_52')!.properties.partial).toBe(false);
		expect(byId.get('sanqu_sanzhou')!.properties.partial).toBe(false);
		expect(byId.get('liupanshan')!.properties).toMatchObject({
			partial: true,
			official_member_count: 61,
			weak_members: [{ code: '620123', confidence: 'medium-high', source_id: 'S_MORE_YUZHONG' }]
		});
	});

	it('a region’s polygon holds the label point of each member county and of no other county', () => {
		for (const id of [
			'liupanshan',
			'yanshan_taihang',
			'sanzhou_liangshan',
			'counties_2020_52',
			'dabieshan'
		]) {
			const f = byId.get(id)!;
			const members = new Set(f.properties.members);
			for (const c of countyFeatures) {
				const inside = geoContains(f, c.properties.label);
				expect(inside, `${id}: ${c.id}`).toBe(members.has(String(c.id)));
			}
		}
	});

	it('stays small: about 0.6 MB for all regions, the caller’s topology untouched', () => {
		const bytes = JSON.stringify(regions).length;
		expect(bytes).toBeLessThan(800_000);
		const full = buildRegionsGeoJson(gazetteer, loadTables().members, counties, { quantile: 0, digits: 6 });
		expect(JSON.stringify(full).length).toBeGreaterThan(bytes);
	});
});

describe('places.lpf.json (Linked Places Format)', () => {
	const schema = JSON.parse(
		readFileSync(resolve(__dirname, '../schemas/lpf/schema_lpf_v1.2.2.json'), 'utf8')
	) as object;
	// The published schema repeats some inner `$id` labels (its geometries section copies those of
	// names); ajv 8 refuses duplicate ids. No `$ref` uses them, so they are dropped before compiling.
	const withoutInnerIds = (node: unknown, top = true): unknown =>
		Array.isArray(node)
			? node.map((x) => withoutInnerIds(x, false))
			: node && typeof node === 'object'
				? Object.fromEntries(
						Object.entries(node)
							.filter(([k]) => top || k !== '$id')
							.map(([k, v]) => [k, withoutInnerIds(v, false)])
					)
				: node;
	const ajv = new Ajv({ allErrors: true, strict: false });
	const validate = ajv.compile(withoutInnerIds(schema) as object);

	it('is a GeoJSON-LD FeatureCollection with the LPF context, one feature per gazetteer place', () => {
		expect(lpf['@context']).toBe(LPF_CONTEXT);
		expect(lpf.type).toBe('FeatureCollection');
		expect(lpf.features.map((f) => f.properties.id)).toEqual(gazetteer.places.map((p) => p.id));
	});

	it('every feature is valid against the WHG LPF schema', () => {
		const bad: string[] = [];
		// Through JSON, as a reader gets it.
		for (const f of JSON.parse(JSON.stringify(lpf)).features as object[])
			if (!validate(f)) bad.push(`${(f as { '@id': string })['@id']}: ${ajv.errorsText(validate.errors)}`);
		expect(bad).toEqual([]);
	});

	it('the schema does reject a broken feature (the test can fail)', () => {
		const f = structuredClone(lpf.features[0]) as unknown as Record<string, unknown>;
		delete f.names;
		f.extra = 1;
		expect(validate(f)).toBe(false);
		const g = structuredClone(lpf.features.find((x) => x.geometry)!);
		(g.geometry!.geometries[0] as { certainty: string }).certainty = 'maybe';
		expect(validate(g)).toBe(false);
	});

	it('carries names with citations, the parent, points and region polygons with their certainty', () => {
		const by = new Map(lpf.features.map((f) => [f.properties.id, f]));
		const liangshan = by.get('liangshan')!;
		expect(liangshan.names.map((n) => n.toponym)).toEqual(expect.arrayContaining(['凉山彝族自治州', '凉山']));
		expect(liangshan.names[0].citations?.length).toBeGreaterThan(0);
		expect(liangshan.relations?.[0]).toMatchObject({
			relationType: 'gvp:broaderPartitive',
			relationTo: '../place/sichuan'
		});
		expect(liangshan.geometry?.geometries[0]).toMatchObject({ type: 'Point', certainty: 'certain' });
		expect(by.get('shibadong')!.geometry?.geometries[0].certainty).toBe('less-certain');
		expect(by.get('sanqu_sanzhou')!.geometry?.geometries[0]).toMatchObject({
			type: 'MultiPolygon',
			certainty: 'certain'
		});
		expect(by.get('liupanshan')!.geometry?.geometries[0].certainty).toBe('less-certain');
		expect(by.get('daxiao_liangshan')!.geometry?.geometries[0].certainty).toBe('uncertain');
		expect(by.get('liupanshan')!.descriptions?.at(-1)?.value).toContain(
			'620123 (medium-high, S_MORE_YUZHONG)'
		);
	});
});
