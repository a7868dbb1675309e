import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * The GeoJSON FeatureCollection of one object of a topology. Each feature keeps the object's
 * `id` (the 6-digit code for administrative units) and its properties.
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
	return feature(topology, object as GeometryCollection<P>) as FeatureCollection<Geometry, P>;
}
