/**
 * Label points of the administrative units in our TopoJSON files (geodata/*.topo.json): every
 * geometry with a 6-digit id and a `label` property, keyed by code. Reads properties only, so
 * no geometry is decoded.
 */
import type { Topology } from 'topojson-specification';
import type { LonLat } from '../geo/types';

export function labelPointsOf(...topologies: Topology[]): Map<string, LonLat> {
	const out = new Map<string, LonLat>();
	for (const topology of topologies) {
		for (const object of Object.values(topology.objects)) {
			if (object.type !== 'GeometryCollection') continue;
			for (const g of object.geometries) {
				const label = (g.properties as { label?: unknown } | undefined)?.label;
				if (g.id === undefined || !Array.isArray(label) || label.length !== 2) continue;
				if (!out.has(String(g.id))) out.set(String(g.id), [Number(label[0]), Number(label[1])]);
			}
		}
	}
	return out;
}
