import { topology } from 'topojson-server';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { CountryProperties, WorldTopology } from '../../src/lib/geo/types';
import { simplifyTopology, EARTH_RADIUS_KM } from './simplify-topology';
import type { SimplifyOptions } from './types';

interface RawCountry {
	name: string;
	full_name: string;
	iso_a2: string;
	iso_a3: string;
}

/** Area of a polygon (outer ring, GeoJSON winding) on the sphere, km². */
function polygonAreaKm2(rings: Position[][]): number {
	const a = geoArea({ type: 'Polygon', coordinates: [[...rings[0]].reverse()] });
	return Math.min(a, 4 * Math.PI - a) * EARTH_RADIUS_KM ** 2;
}

/**
 * Outside `options.outside.box`, the islands smaller than `minIslandKm2` are left out (a country
 * always keeps its largest polygon): there they are less than a pixel or two at the zooms at which a
 * view of China shows them (zoom 2–3), and each costs at least a triangle.
 */
function dropFarIslands(geometry: Polygon | MultiPolygon, options: SimplifyOptions): Polygon | MultiPolygon {
	const outside = options.outside;
	if (!outside?.minIslandKm2 || geometry.type !== 'MultiPolygon') return geometry;
	const [w, s, e, n] = outside.box;
	const inBox = (p: Position[][]) => p[0].some(([x, y]) => x >= w && x <= e && y >= s && y <= n);
	const areas = geometry.coordinates.map(polygonAreaKm2);
	const largest = areas.indexOf(Math.max(...areas));
	const coordinates = geometry.coordinates.filter(
		(p, k) => k === largest || inBox(p) || areas[k] >= (outside.minIslandKm2 as number)
	);
	return { type: 'MultiPolygon', coordinates };
}

/**
 * world.topo.json: the package's world layer, object `countries`, grey context around China. Feature
 * id is the ISO 3166 alpha-3 code, or the Chinese name where the code is missing (-99) or repeated.
 * Properties: the Chinese `name`, and `china: true` on China only, which is kept for use as an
 * underlay (the app draws China from china.topo.json). Outside `options.outside.box` the outlines are
 * coarser and the small islands left out (see geodata/README.md).
 */
export function buildWorld(
	world: FeatureCollection,
	options: SimplifyOptions
): { topology: WorldTopology; points: number; droppedRings: number; rewound: number } {
	const raw = world.features as Feature<Polygon | MultiPolygon, RawCountry>[];
	const count = new Map<string, number>();
	for (const f of raw) count.set(f.properties.iso_a3, (count.get(f.properties.iso_a3) ?? 0) + 1);
	const features = raw.map((f) => {
		const p = f.properties;
		const id = /^[A-Z]{3}$/.test(p.iso_a3) && count.get(p.iso_a3) === 1 ? p.iso_a3 : p.name;
		if (!f.geometry.coordinates.length) throw new Error(`world: ${p.name} has an empty geometry`);
		const properties: CountryProperties =
			p.iso_a3 === 'CHN' ? { name: p.name, china: true } : { name: p.name };
		return { type: 'Feature', id, properties, geometry: dropFarIslands(f.geometry, options) } as Feature;
	});
	const ids = features.map((f) => f.id);
	const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
	if (repeated.length) throw new Error(`world: repeated ids ${repeated.join(', ')}`);
	const topo = topology({ countries: { type: 'FeatureCollection', features } as FeatureCollection });
	return simplifyTopology(topo as unknown as WorldTopology, options);
}
