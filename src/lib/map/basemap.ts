import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Feature, Point, Geometry, MultiLineString } from 'geojson';
import { SOURCES } from './style';

/** Properties every administrative feature of geodata/*.topo.json carries (see geodata/README.md). */
export interface AdminProps {
	name: string;
	full_name: string;
	level: 'province' | 'prefecture' | 'county';
	province: string;
	prefecture?: string;
	label?: [number, number];
}

export type SourceData = Record<(typeof SOURCES)[keyof typeof SOURCES], FeatureCollection>;

function object(topology: Topology, name: string): GeometryCollection {
	const o = topology.objects[name];
	if (!o || o.type !== 'GeometryCollection') throw new Error(`TopoJSON has no object "${name}"`);
	return o as GeometryCollection;
}

function collection(topology: Topology, name: string): FeatureCollection<Geometry, AdminProps> {
	return feature(topology, object(topology, name)) as FeatureCollection<Geometry, AdminProps>;
}

function lines(geometry: MultiLineString, kind: string): FeatureCollection {
	return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { kind }, geometry }] };
}

/** Label points of a collection, one Point feature per feature that has a `label`. */
export function labelPoints(fc: FeatureCollection<Geometry, AdminProps>): FeatureCollection<Point> {
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
 * Everything the base map draws from china.topo.json and world.topo.json. Borders are meshes of the
 * shared arcs, so neighbours share one line and nothing is drawn twice.
 */
export function basemapSources(china: Topology, world: Topology): Omit<SourceData, 'county-lines'> {
	const provinces = collection(china, 'provinces');
	const countries = collection(world, 'countries');
	countries.features = countries.features.filter((f) => (f.properties as { china?: boolean }).china !== true);
	const provObj = object(china, 'provinces');
	return {
		[SOURCES.world]: countries,
		[SOURCES.provinces]: provinces,
		[SOURCES.provinceLines]: lines(mesh(china, provObj, (a, b) => a !== b), 'province'),
		[SOURCES.nationalLine]: lines(mesh(china, provObj, (a, b) => a === b), 'national'),
		[SOURCES.prefectureLines]: lines(mesh(china, object(china, 'prefectures'), (a, b) => a !== b), 'prefecture'),
		[SOURCES.boundaries]: collection(china, 'boundaries'),
		[SOURCES.provinceLabels]: labelPoints(provinces)
	} as Omit<SourceData, 'county-lines'>;
}

/** County borders (interior only: the outer ones coincide with prefecture or province lines). */
export function countyLines(counties: Topology): FeatureCollection {
	return lines(mesh(counties, object(counties, 'counties'), (a, b) => a !== b), 'county');
}
