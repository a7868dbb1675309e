import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { geoArea } from 'd3-geo';
import type { GeometryCollection } from 'topojson-specification';
import type {
	AdminProperties,
	BoundaryProperties,
	ChinaTopology,
	CountiesTopology,
	WorldTopology
} from '../../src/lib/geo/types';
import { checkOutputs } from './checks';
import { featuresOf } from '../../src/lib/geo/features-of';

const read = <T>(name: string): T => JSON.parse(readFileSync(`geodata/${name}`, 'utf8')) as T;
const china = read<ChinaTopology>('china.topo.json');
const counties = read<CountiesTopology>('counties.topo.json');
const world = read<WorldTopology>('world.topo.json');
const props = (c: GeometryCollection<AdminProperties>) =>
	new Map(c.geometries.map((g) => [String(g.id), g.properties as AdminProperties]));
const provinces = props(china.objects.provinces);
const prefectures = props(china.objects.prefectures);
const countyProps = props(counties.objects.counties);

describe('committed geodata files', () => {
	it('pass the build checks', () => {
		expect(checkOutputs(china, counties, world)).toEqual([]);
	});

	it('wind every polygon of the national and county files one way (none turned over by simplification)', () => {
		// d3 reads a polygon wound the other way as the rest of the globe: more than a hemisphere.
		const all = [
			...featuresOf(china, 'provinces').features,
			...featuresOf(china, 'prefectures').features,
			...featuresOf(counties, 'counties').features
		];
		expect(all.length).toBeGreaterThan(3000);
		const turned = all.flatMap((f) => {
			const g = f.geometry as Polygon | MultiPolygon;
			const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
			return polys.some((p) => geoArea({ type: 'Polygon', coordinates: p }) > 2 * Math.PI)
				? [String(f.id)]
				: [];
		});
		expect(turned).toEqual([]);
	});

	it('have the expected counts and unique 6-digit ids', () => {
		expect(china.objects.provinces.geometries).toHaveLength(34);
		expect(prefectures.size).toBeGreaterThanOrEqual(330);
		expect(prefectures.size).toBeLessThanOrEqual(400);
		expect(countyProps.size).toBeGreaterThanOrEqual(2800);
		for (const object of [china.objects.provinces, china.objects.prefectures, counties.objects.counties]) {
			const ids = object.geometries.map((g) => String(g.id));
			expect(new Set(ids).size).toBe(ids.length);
			expect(ids.filter((id) => !/^\d{6}$/.test(id))).toEqual([]);
		}
	});

	it('include 台湾, 香港, 澳门 and 四川 as provinces', () => {
		expect(provinces.get('710000')?.name).toBe('台湾');
		expect(provinces.get('810000')?.name).toBe('香港');
		expect(provinces.get('820000')?.name).toBe('澳门');
		expect(provinces.get('510000')).toMatchObject({ name: '四川', full_name: '四川省', level: 'province' });
	});

	it('give every county its province digits and a prefecture in the same province', () => {
		for (const [id, p] of countyProps) {
			expect(id.slice(0, 2), id).toBe(p.province.slice(0, 2));
			expect(prefectures.get(p.prefecture ?? '')?.province, id).toBe(p.province);
		}
		expect(countyProps.get('513431')).toMatchObject({
			name: '昭觉',
			prefecture: '513400',
			province: '510000'
		});
	});

	it('use the MCA codes for 米林市 and 错那市 and keep 大柴旦', () => {
		expect(countyProps.get('540481')).toMatchObject({ full_name: '米林市', source_code: '540422' });
		expect(countyProps.get('540581')).toMatchObject({ full_name: '错那市', source_code: '540530' });
		expect(countyProps.has('540422')).toBe(false);
		expect(countyProps.get('632857')?.full_name).toBe('大柴旦行政委员会');
	});

	it('have the ten-dash line in the South China Sea', () => {
		const fc = feature(china, china.objects.boundaries) as FeatureCollection<
			MultiLineString,
			BoundaryProperties
		>;
		const scs = fc.features.filter((f) => f.properties.kind === 'south-china-sea');
		expect(scs).toHaveLength(1);
		const dashes = scs[0].geometry.coordinates;
		expect(dashes).toHaveLength(10);
		for (const dash of dashes) {
			for (const [lon, lat] of dash) {
				expect(lon).toBeGreaterThanOrEqual(105);
				expect(lon).toBeLessThanOrEqual(125);
				expect(lat).toBeGreaterThanOrEqual(3);
				expect(lat).toBeLessThanOrEqual(25);
			}
		}
	});

	it('are within the size budgets', () => {
		const size = (name: string) => statSync(`geodata/${name}`).size;
		expect(size('china.topo.json') + size('world.topo.json')).toBeLessThanOrEqual(700 * 1024);
		expect(size('counties.topo.json')).toBeLessThanOrEqual(3 * 1024 * 1024);
	});

	it('flag China in the world layer', () => {
		const flagged = world.objects.countries.geometries.filter(
			(g) => (g.properties as { china?: boolean } | undefined)?.china
		);
		expect(flagged.map((g) => g.id)).toEqual(['CHN']);
	});
});
