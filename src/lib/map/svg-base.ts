/**
 * The base map of an SVG map as path strings: neighbouring countries, provinces, province borders,
 * the national border and the 境界线 (the South China Sea dashed line among them), drawn with a
 * d3-geo path from our own TopoJSON. Pure: no DOM. The SVG explore map and the presentation map
 * (and their 南海诸岛 insets) draw from here.
 */
import type { GeoPath } from 'd3-geo';
import { mesh } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { featuresOf } from '../geo/features-of';
import { bordersOf } from '../geo/borders-of';
import { bboxOf } from '../geo/bbox-of';
import { windingSafe } from '../geo/d3-winding';
import type {
	AdminProperties,
	BBox,
	BoundaryKind,
	BoundaryProperties,
	CountryProperties
} from '../geo/types';

export interface SvgBase {
	neighbours: { code: string; d: string }[];
	provinces: { code: string; name: string; d: string; label: [number, number] }[];
	provinceLines: string;
	nationalLine: string;
	boundaries: { kind: BoundaryKind; area: string; d: string }[];
}

/** Countries drawn around China: those whose box meets this one. */
const NEIGHBOURHOOD: BBox = [40, -15, 170, 70];

export function svgBase(china: Topology, world: Topology | null, path: GeoPath): SvgBase {
	// Polygons of either winding (the world file winds the GeoJSON way, d3 wants the other); a path
	// the caller already made wind-safe is used as it is.
	const safe = windingSafe(path);
	const d = (g: Parameters<GeoPath>[0]) => safe(g) ?? '';
	const [w, s, e, n] = NEIGHBOURHOOD;
	const neighbours = world
		? featuresOf<CountryProperties>(world, 'countries')
				.features.filter((f) => {
					const b = bboxOf(f);
					return !f.properties.china && !!b && b[0] < e && b[2] > w && b[1] < n && b[3] > s;
				})
				.map((f) => ({ code: String(f.id), d: d(f) }))
		: [];
	return {
		neighbours,
		provinces: featuresOf<AdminProperties>(china, 'provinces').features.map((f) => ({
			code: String(f.id),
			name: f.properties.name,
			d: d(f),
			label: f.properties.label
		})),
		provinceLines: d(bordersOf(china, 'provinces', 'id')),
		nationalLine: d(mesh(china, china.objects.provinces as GeometryObject, (a, b) => a === b)),
		boundaries: featuresOf<BoundaryProperties>(china, 'boundaries').features.map((f) => ({
			kind: f.properties.kind,
			area: f.properties.area,
			d: d(f)
		}))
	};
}
