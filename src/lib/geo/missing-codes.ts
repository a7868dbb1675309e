import type { Topology } from 'topojson-specification';

/** The codes (in the given order, without repeats) that are not feature ids of the object. */
export function missingCodes(topology: Topology, objectName: string, codes: Iterable<string>): string[] {
	const object = topology.objects[objectName];
	if (!object || object.type !== 'GeometryCollection') {
		throw new Error(`missingCodes: topology has no GeometryCollection "${objectName}"`);
	}
	const ids = new Set(object.geometries.map((g) => String(g.id)));
	return [...new Set(codes)].filter((code) => !ids.has(code));
}
