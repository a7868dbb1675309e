/**
 * Issue 10 §3: each symposium marker stands in the city where the meeting was held (its site in
 * events.json), not on the prefecture's label point; the explore markers, the route line and the
 * presentation tour all take that one point.
 */
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import { geoContains, geoDistance } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import chinaJson from '../../geodata/china.topo.json';
import countiesJson from '../../geodata/counties.topo.json';
import { loadGazetteer, loadPovertyCounties } from '../../src/lib/gazetteer/load';
import { eventPoint, symposiaInOrder } from '../../src/lib/gazetteer/event-site';
import { labelPointsOf } from '../../src/lib/corpus/labelPoints';
import { buildAtlas } from '../../src/lib/explore/build-atlas';
import { symposia } from '../../src/lib/explore/overlays';
import { presentData } from '../../src/lib/tours/present';
import { loadTours } from '../../src/lib/tours/load';
import { tourFiles } from '../../src/lib/tours/tours';
import { documents } from '../../src/lib/corpus/documents';
import { corpusData } from '../../src/lib/corpus/corpusData';
import type { TourContext } from '../../src/lib/tours/context';

const china = chinaJson as unknown as Topology;
const counties = countiesJson as unknown as Topology;
const gazetteer = loadGazetteer();
const labels = labelPointsOf(china, counties);
const countyFeatures = feature(counties, counties.objects.counties) as unknown as FeatureCollection<Geometry>;
const countyByCode = new Map<string, Feature<Geometry>>(
	countyFeatures.features.map((f) => [String(f.id), f])
);
const EARTH_KM = 6371;

/**
 * The county-level units that make the city's centre (where its government sits). A site must lie in
 * one of them: a point in 修文县 or 怀柔区 is not “in 贵阳” / “in 北京” for a reader of the map.
 */
const CENTRAL: Record<string, string[]> = {
	yanan: ['610602'], // 宝塔区
	guiyang: ['520115', '520103', '520102'], // 观山湖区, 云岩区, 南明区
	yinchuan: ['640106', '640104'], // 金凤区, 兴庆区
	taiyuan: ['140107', '140106', '140105'], // 杏花岭区, 迎泽区, 小店区
	chengdu: ['510107', '510105', '510104', '510106', '510108'], // 武侯, 青羊, 锦江, 金牛, 成华
	chongqing: ['500103', '500105', '500106', '500108'], // 渝中, 江北, 沙坪坝, 南岸
	beijing: ['110101', '110102'] // 东城区, 西城区
};

/** Shortest distance in km from a point to a polygon's outline (0 when inside). */
function kmTo(f: Feature<Geometry>, p: [number, number]): number {
	if (geoContains(f, p)) return 0;
	const g = f.geometry;
	const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
	let best = Infinity;
	for (const ring of rings)
		for (const v of ring) best = Math.min(best, geoDistance(p, v as [number, number]));
	return best * EARTH_KM;
}

const events = symposiaInOrder(gazetteer.events);

describe('symposium sites (events.json site)', () => {
	it('there are seven, each with a sourced point', () => {
		expect(events.map((e) => e.place)).toEqual(Object.keys(CENTRAL));
		for (const e of events) {
			expect(e.site, e.id).toBeDefined();
			expect(e.site!.sources.length, e.id).toBeGreaterThan(0);
			expect(
				e.site!.sources.some((s) => s.id === 'S_SITE_COORDS'),
				e.id
			).toBe(true);
		}
	});

	it.each(events.map((e) => [e.place, e] as const))(
		'%s: the point lies in its district, one of the city centre’s units',
		(place, e) => {
			const at = eventPoint(e)!;
			expect(CENTRAL[place]).toContain(e.site!.district);
			const district = countyByCode.get(e.site!.district);
			expect(district, e.site!.district).toBeDefined();
			// Inside the named district (the tolerance allows for a point on the district's edge).
			expect(kmTo(district!, at)).toBeLessThanOrEqual(Math.max(1, e.site!.precision_m / 1000));
			// And inside the city centre's units, within a few km in any case.
			const nearest = Math.min(...CENTRAL[place].map((c) => kmTo(countyByCode.get(c)!, at)));
			expect(nearest).toBeLessThanOrEqual(3);
		}
	);

	it('no marker sits on the prefecture label point it used to (18–53 km away)', () => {
		for (const e of events) {
			const code = gazetteer.places.find((p) => p.id === e.place)!.codes![0];
			const label = labels.get(code)!;
			const km = geoDistance(eventPoint(e)!, label) * EARTH_KM;
			// Where the label point is itself in the centre the two may be close; the district test above
			// is the rule. Here: the marker never falls back to the label point.
			expect(eventPoint(e), e.id).not.toEqual(label);
			expect(km, e.id).toBeLessThan(80);
		}
	});
});

describe('one owner of the symposium coordinates', () => {
	const sites = events.map((e) => eventPoint(e));

	it('explore: the markers and the route line are the sites, in date order', () => {
		const atlas = buildAtlas(gazetteer, loadPovertyCounties(), labels);
		const { points, line } = symposia(atlas);
		expect(points.features.map((f) => f.geometry.coordinates)).toEqual(sites);
		expect(line.features[0].geometry.coordinates).toEqual(sites);
	});

	it('presentation: the symposia tour draws the same points', () => {
		const ctx: TourContext = { documents, gazetteer, mentions: corpusData(documents, gazetteer).mentions };
		const tour = loadTours(tourFiles, ctx).find((t) => t.id === 'symposia')!;
		const data = presentData(tour, ctx);
		expect(data.symposia.map((s) => s.point)).toEqual(sites);
		expect(data.symposia.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});
});
