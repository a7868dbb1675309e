import { merge, mesh } from 'topojson-client';
import type {
	GeometryCollection,
	GeometryObject,
	MultiPolygon,
	Polygon,
	Topology
} from 'topojson-specification';
import type { FeatureCollection, Feature, Point, Geometry, MultiLineString } from 'geojson';
import { featuresOf } from '../geo/features-of';
import { bordersOf } from '../geo/borders-of';
import type { AdminProperties, CountryProperties } from '../geo/types';
import { SOURCES, PARTS, type Part } from './style';
import { tagged } from './parts';

type SourceId = (typeof SOURCES)[keyof typeof SOURCES];
export type SourceData = Partial<Record<SourceId, FeatureCollection>>;

function lines(geometry: MultiLineString, part: Part): Feature[] {
	return [{ type: 'Feature', properties: { part }, geometry }];
}

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** Label points of a collection, one Point feature per feature that has a `label`. */
export function labelPoints(fc: FeatureCollection<Geometry, AdminProperties>): FeatureCollection<Point> {
	const features: Feature<Point>[] = [];
	for (const f of fc.features) {
		if (!f.properties.label) continue;
		features.push({
			type: 'Feature',
			id: f.id,
			properties: { code: f.id, name: f.properties.name, full_name: f.properties.full_name },
			geometry: { type: 'Point', coordinates: f.properties.label }
		});
	}
	return { type: 'FeatureCollection', features };
}

/**
 * What the base map draws at the national view, from china.topo.json and world.topo.json: the `base`
 * source. Borders are meshes of the shared arcs, so neighbours share one line and nothing is drawn
 * twice.
 */
export function basemapSources(china: Topology, world: Topology): SourceData {
	const provinces = featuresOf<AdminProperties>(china, 'provinces');
	const all = featuresOf<CountryProperties>(world, 'countries');
	const provObj = china.objects.provinces as GeometryObject;
	return {
		[SOURCES.base]: collection([
			...tagged(
				PARTS.country,
				all.features.filter((f) => !f.properties.china)
			),
			...tagged(PARTS.province, provinces.features),
			...lines(bordersOf(china, 'provinces', 'id'), PARTS.provinceBorder),
			...lines(
				mesh(china, provObj, (a, b) => a === b),
				PARTS.nationalBorder
			),
			...tagged(PARTS.boundary, featuresOf(china, 'boundaries').features),
			...tagged(PARTS.provinceLabel, labelPoints(provinces).features)
		])
	};
}

/** The prefectural borders of the national file (drawn from PREFECTURE_ZOOM to county zoom): `prefectures`. */
export function prefectureSources(china: Topology): SourceData {
	return {
		[SOURCES.prefectures]: collection(lines(bordersOf(china, 'prefectures', 'id'), PARTS.prefectureBorder))
	};
}

/**
 * Land and borders at county zoom, drawn with the county arcs themselves (the national file is
 * simplified for the national view and drifts from the county lines when zoomed in), as the one
 * `fine` source.
 */
export function countyZoomSources(counties: Topology): SourceData {
	const all = counties.objects.counties as GeometryCollection;
	return {
		[SOURCES.fine]: collection([
			{
				type: 'Feature',
				properties: { part: PARTS.land },
				geometry: merge(counties, all.geometries as (Polygon | MultiPolygon)[])
			},
			...lines(
				mesh(counties, all, (a, b) => a === b),
				PARTS.nationalBorder
			),
			...lines(bordersOf(counties, 'counties', 'id'), PARTS.countyBorder),
			...lines(bordersOf(counties, 'counties', 'prefecture'), PARTS.prefectureBorder),
			...lines(bordersOf(counties, 'counties', 'province'), PARTS.provinceBorder)
		])
	};
}
