import { mesh } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { FeatureCollection, Feature, Point, Geometry, MultiLineString } from 'geojson';
import { featuresOf } from '../geo/features-of';
import { bordersOf } from '../geo/borders-of';
import type { AdminProperties, CountryProperties } from '../geo/types';
import { SOURCES } from './style';

type SourceId = (typeof SOURCES)[keyof typeof SOURCES];
export type SourceData = Partial<Record<SourceId, FeatureCollection>>;

function lines(geometry: MultiLineString, kind: string): FeatureCollection {
	return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { kind }, geometry }] };
}

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
 * Everything the base map draws at the national view, from china.topo.json and world.topo.json.
 * Borders are meshes of the shared arcs, so neighbours share one line and nothing is drawn twice.
 */
export function basemapSources(china: Topology, world: Topology): SourceData {
	const provinces = featuresOf<AdminProperties>(china, 'provinces');
	const all = featuresOf<CountryProperties>(world, 'countries');
	const countries = { ...all, features: all.features.filter((f) => !f.properties.china) };
	const provObj = china.objects.provinces as GeometryObject;
	return {
		[SOURCES.world]: countries,
		[SOURCES.provinces]: provinces,
		[SOURCES.provinceLines]: lines(bordersOf(china, 'provinces', 'id'), 'province'),
		[SOURCES.nationalLine]: lines(
			mesh(china, provObj, (a, b) => a === b),
			'national'
		),
		[SOURCES.prefectureLines]: lines(bordersOf(china, 'prefectures', 'id'), 'prefecture'),
		[SOURCES.boundaries]: featuresOf(china, 'boundaries'),
		[SOURCES.provinceLabels]: labelPoints(provinces)
	};
}

/**
 * Borders at county zoom, drawn with the county arcs themselves (the national file is simplified for
 * the national view and drifts from the county lines when zoomed in).
 */
export function countyZoomSources(counties: Topology): SourceData {
	return {
		[SOURCES.countyLines]: lines(bordersOf(counties, 'counties', 'id'), 'county'),
		[SOURCES.prefectureLinesFine]: lines(bordersOf(counties, 'counties', 'prefecture'), 'prefecture'),
		[SOURCES.provinceLinesFine]: lines(bordersOf(counties, 'counties', 'province'), 'province')
	};
}
