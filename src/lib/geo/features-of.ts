import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

const cache = new WeakMap<Topology, Map<string, FeatureCollection>>();

/**
 * The GeoJSON FeatureCollection of one object of a topology. Each feature keeps the object's
 * `id` (the 6-digit code for administrative units) and its properties.
 * Converted once per topology and object, then shared: callers must not mutate the result.
 */
export function featuresOf<P extends object>(
	topology: Topology,
	objectName: string
): FeatureCollection<Geometry, P> {
	const object = topology.objects[objectName];
	if (!object) throw new Error(`featuresOf: topology has no object "${objectName}"`);
	if (object.type !== 'GeometryCollection') {
		throw new Error(`featuresOf: object "${objectName}" is not a GeometryCollection`);
	}
	let byName = cache.get(topology);
	if (!byName) cache.set(topology, (byName = new Map()));
	let fc = byName.get(objectName);
	if (!fc)
		byName.set(objectName, (fc = feature(topology, object as GeometryCollection<P>) as FeatureCollection));
	return fc as FeatureCollection<Geometry, P>;
}
