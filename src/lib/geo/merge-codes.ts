import { merge } from 'topojson-client';
import type { MultiPolygon as GeoMultiPolygon } from 'geojson';
import type { MultiPolygon, Polygon, Topology } from 'topojson-specification';

/**
 * The union (topojson-client `merge`, which dissolves shared arcs) of the features of one object
 * whose ids are in `codes` — e.g. a poverty area drawn as the union of its member counties.
 * Codes that are not in the object are ignored (see `missingCodes`). Empty codes → empty MultiPolygon.
 */
export function mergeCodes(topology: Topology, objectName: string, codes: Iterable<string>): GeoMultiPolygon {
	const object = topology.objects[objectName];
	if (!object || object.type !== 'GeometryCollection') {
		throw new Error(`mergeCodes: topology has no GeometryCollection "${objectName}"`);
	}
	const wanted = new Set(codes);
	const parts = object.geometries.filter(
		(g): g is Polygon | MultiPolygon =>
			(g.type === 'Polygon' || g.type === 'MultiPolygon') && wanted.has(String(g.id))
	);
	return merge(topology, parts);
}
