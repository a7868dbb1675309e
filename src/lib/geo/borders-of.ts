import { mesh } from 'topojson-client';
import type { MultiLineString } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { AdminProperties } from './types';

/**
 * The inner borders of one object between neighbours that differ in `by` — e.g. in
 * counties.topo.json, `bordersOf(t, 'counties', 'prefecture')` gives the prefecture borders drawn
 * with exactly the county arcs (to draw at county zoom). Coastlines and the outer border are not
 * included (use `featuresOf` outlines for those).
 */
export function bordersOf(
	topology: Topology,
	objectName: string,
	by: 'province' | 'prefecture' | 'id'
): MultiLineString {
	const object = topology.objects[objectName];
	if (!object || object.type !== 'GeometryCollection') {
		throw new Error(`bordersOf: topology has no GeometryCollection "${objectName}"`);
	}
	const key = (g: GeometryObject) => {
		const p = g.properties as Partial<AdminProperties> | undefined;
		return by === 'id' ? String(g.id) : (p?.[by] ?? String(g.id));
	};
	return mesh(topology, object as GeometryObject, (a, b) => a !== b && key(a) !== key(b));
}
