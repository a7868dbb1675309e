import { topology } from 'topojson-server';
import { merge, mergeArcs } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon } from 'topojson-specification';
import type { AdminProperties, ChinaTopology, CountiesTopology, LonLat } from '../../src/lib/geo/types';
import { labelPoint } from '../../src/lib/geo/label-point';
import { boundaryFeatures } from './boundaries';
import { countyParents } from './hierarchy';
import { shortName } from './short-name';
import { simplifyTopology } from './simplify-topology';
import type { BuildOptions, ChinaSource, SourceUnit } from './types';

type AdminTopoGeometry = TopoMultiPolygon<AdminProperties>;

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function label(geometry: MultiPolygon, what: string): LonLat {
	const point = labelPoint(geometry);
	if (!point) throw new Error(`${what}: empty geometry, no label point`);
	return point;
}

function props(
	unit: SourceUnit,
	extra: Omit<AdminProperties, 'name' | 'full_name' | 'label'>,
	geometry: MultiPolygon,
	name?: string
): AdminProperties {
	const p: AdminProperties = {
		name: name ?? unit.name ?? shortName(unit.full_name),
		full_name: unit.full_name,
		...extra,
		label: label(geometry, `${unit.code} ${unit.full_name}`)
	};
	if (unit.source_code) p.source_code = unit.source_code;
	return p;
}

export interface ChinaBuild {
	china: ChinaTopology;
	counties: CountiesTopology;
	/** Points kept and rings dropped by quantization, per file. */
	stats: Record<'china' | 'counties', { points: number; droppedRings: number; rewound: number }>;
}

/**
 * Builds china.topo.json (provinces, prefectures, boundaries) and counties.topo.json (counties)
 * from the county layer: prefectures are the union of their counties and provinces the union of
 * their prefectures (topojson merge), so all three levels share the same borders.
 */
export function buildChina(
	source: ChinaSource,
	options: Pick<BuildOptions, 'china' | 'counties'>
): ChinaBuild {
	const { parents, errors } = countyParents(source);
	if (errors.length) throw new Error(`hierarchy check failed:\n  ${errors.join('\n  ')}`);
	const prefectureUnits = new Map(source.prefectures.map((p) => [p.code, p]));

	// 1. Counties, in one topology with exact source coordinates (neighbours share arcs).
	const countyFeatures: Feature<MultiPolygon, AdminProperties>[] = [...source.counties]
		.sort(byCode)
		.map((c) => {
			const parent = parents.get(c.code) as { province: string; prefecture: string };
			const alsoPrefecture = prefectureUnits.get(c.code);
			return {
				type: 'Feature',
				id: c.code,
				properties: props(
					c,
					{ level: 'county', province: parent.province, prefecture: parent.prefecture },
					c.geometry,
					alsoPrefecture?.name
				),
				geometry: c.geometry
			};
		});
	const countyTopo = topology({
		counties: { type: 'FeatureCollection', features: countyFeatures } as FeatureCollection
	});
	const countyGeoms = (countyTopo.objects.counties as GeometryCollection<AdminProperties>)
		.geometries as AdminTopoGeometry[];

	// 2. Prefectures: the union of their counties.
	const prefectureFeatures: Feature<MultiPolygon, AdminProperties>[] = [...source.prefectures]
		.sort(byCode)
		.map((p) => {
			const members = countyGeoms.filter((g) => g.properties?.prefecture === p.code);
			if (!members.length) throw new Error(`${p.code} ${p.full_name}: no county-level unit belongs to it`);
			const geometry = merge(countyTopo, members);
			const province = members[0].properties?.province as string;
			return {
				type: 'Feature',
				id: p.code,
				properties: props(p, { level: 'prefecture', province }, geometry),
				geometry
			};
		});

	// 3. One topology for prefectures and the 境界线 lines; provinces merged from its prefectures.
	const chinaTopo = topology({
		provinces: { type: 'FeatureCollection', features: [] },
		prefectures: { type: 'FeatureCollection', features: prefectureFeatures },
		boundaries: { type: 'FeatureCollection', features: boundaryFeatures(source.lines) }
	} as Record<string, FeatureCollection>);
	const prefectureGeoms = (chinaTopo.objects.prefectures as GeometryCollection<AdminProperties>)
		.geometries as AdminTopoGeometry[];
	const provinces = [...source.provinces].sort(byCode).map((p) => {
		const members = prefectureGeoms.filter((g) => g.properties?.province === p.code);
		if (!members.length) throw new Error(`${p.code} ${p.full_name}: no prefecture-level unit belongs to it`);
		const geometry = merge(chinaTopo, members);
		return {
			type: 'MultiPolygon',
			arcs: mergeArcs(chinaTopo, members).arcs,
			id: p.code,
			properties: props(p, { level: 'province', province: p.code }, geometry)
		} as AdminTopoGeometry;
	});
	(chinaTopo.objects.provinces as GeometryCollection<AdminProperties>).geometries = provinces;

	const china = simplifyTopology(chinaTopo as unknown as ChinaTopology, options.china);
	const counties = simplifyTopology(countyTopo as unknown as CountiesTopology, options.counties);
	return {
		china: china.topology,
		counties: counties.topology,
		stats: {
			china: { points: china.points, droppedRings: china.droppedRings, rewound: china.rewound },
			counties: { points: counties.points, droppedRings: counties.droppedRings, rewound: counties.rewound }
		}
	};
}
