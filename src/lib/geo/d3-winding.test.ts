import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoArea, geoContains, geoMercator, geoPath } from 'd3-geo';
import type { MultiPolygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { d3Winding, windingSafe } from './d3-winding';
import { featuresOf } from './features-of';
import type { CountryProperties } from './types';

const world = JSON.parse(readFileSync('geodata/world.topo.json', 'utf8')) as Topology;
const china = JSON.parse(readFileSync('geodata/china.topo.json', 'utf8')) as Topology;
const countries = featuresOf<CountryProperties>(world, 'countries').features;

describe('d3Winding', () => {
	it('turns the world file’s countries into shapes smaller than a hemisphere, containing their inside', () => {
		const fixed = countries.map(d3Winding);
		expect(fixed.length).toBeGreaterThan(200);
		for (const f of fixed) expect(geoArea(f)).toBeLessThan(2 * Math.PI);
		const mongolia = fixed.find((f) => f.id === 'MNG')!;
		expect(geoContains(mongolia, [106.92, 47.92])).toBe(true); // Ulaanbaatar
		expect(geoContains(mongolia, [2.35, 48.86])).toBe(false); // Paris
		// Land is under a third of the globe.
		const land = fixed.reduce((s, f) => s + geoArea(f), 0);
		expect(land / (4 * Math.PI)).toBeGreaterThan(0.2);
		expect(land / (4 * Math.PI)).toBeLessThan(0.33);
	});

	it('leaves shapes already wound for d3 as they are, and does not change its input', () => {
		const sichuan = featuresOf(china, 'provinces').features.find((f) => f.id === '510000')!;
		expect(d3Winding(sichuan).geometry).toEqual(sichuan.geometry);
		const before = JSON.stringify(countries[0].geometry);
		d3Winding(countries[0]);
		expect(JSON.stringify(countries[0].geometry)).toBe(before);
		const point = {
			type: 'Feature' as const,
			properties: {},
			geometry: { type: 'Point' as const, coordinates: [1, 2] }
		};
		expect(d3Winding(point)).toBe(point);
	});
});

describe('windingSafe', () => {
	const projection = geoMercator().fitSize([1000, 800], featuresOf(china, 'provinces'));
	const raw = geoPath(projection);
	const safe = windingSafe(raw);
	// 广东 with one islet's ring turned the other way, as the national file's simplification once
	// left it (the geodata build now turns such rings back; the drawing must not depend on it).
	const gd = featuresOf(china, 'provinces').features.find((f) => f.id === '440000')!;
	const parts = (gd.geometry as MultiPolygon).coordinates;
	const islet = parts.reduce((k, p, i) => (p[0].length < parts[k][0].length ? i : k), 0);
	const guangdong = {
		...gd,
		geometry: {
			type: 'MultiPolygon' as const,
			coordinates: parts.map((p, i) => (i === islet ? p.map((r) => [...r].reverse()) : p))
		}
	};

	it('draws and frames a province with a reversed islet as the province, not as the rest of the globe', () => {
		expect(geoArea(gd)).toBeLessThan(2 * Math.PI); // the data as built
		expect(geoArea(guangdong)).toBeGreaterThan(2 * Math.PI); // one islet turned over
		const [[x0, y0], [x1, y1]] = safe.bounds(guangdong);
		const [[a0, b0], [a1, b1]] = raw.bounds(d3Winding(guangdong));
		expect([x0, y0, x1, y1]).toEqual([a0, b0, a1, b1]);
		expect(x1 - x0).toBeLessThan(150); // a province, not the 1000-wide frame
		expect(safe(guangdong)).toBe(raw(d3Winding(guangdong)));
		expect(safe.area(guangdong)).toBeLessThan(0.05 * 1000 * 800);
		// The same through a collection and a bare geometry.
		const fc = { type: 'FeatureCollection' as const, features: [guangdong] };
		expect(safe(fc)).toBe(safe(guangdong));
		expect(safe(guangdong.geometry)).toBe(safe(guangdong));
	});

	it('leaves lines, points and well-wound shapes exactly as the plain path draws them', () => {
		const sichuan = featuresOf(china, 'provinces').features.find((f) => f.id === '510000')!;
		expect(safe(sichuan)).toBe(raw(sichuan));
		const line = {
			type: 'LineString' as const,
			coordinates: [
				[100, 30],
				[110, 35]
			]
		};
		expect(safe(line)).toBe(raw(line));
		expect(safe.centroid(sichuan)).toEqual(raw.centroid(sichuan));
		expect(windingSafe(safe)).toBe(safe); // wrapping twice adds nothing
	});
});
