/**
 * The shape of the selected place on the map: its units (provinces, prefectures or counties, found
 * by code in the topologies), and the map outside it as one polygon for the dimming mask.
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { featuresOf } from '../geo/features-of';
import { mergeCodes } from '../geo/merge-codes';
import { outsideOf } from '../geo/outside-of';

export interface SelectionShape {
	/** The units, each once (the national topology first, counties once loaded). */
	units: FeatureCollection;
	/** Everything outside their union; no feature when there is nothing to draw. */
	mask: FeatureCollection;
}

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

export function selectionShape(
	codes: readonly string[],
	china: Topology,
	counties: Topology | null
): SelectionShape {
	const sources: [Topology, string][] = [
		[china, 'provinces'],
		[china, 'prefectures']
	];
	if (counties) sources.push([counties, 'counties']);
	const wanted = new Set(codes);
	const found = new Set<string>();
	const features: Feature[] = [];
	const union: MultiPolygon = { type: 'MultiPolygon', coordinates: [] };
	for (const [topo, object] of sources) {
		const here: string[] = [];
		for (const f of featuresOf(topo, object).features) {
			const id = String(f.id);
			if (!wanted.has(id) || found.has(id)) continue;
			found.add(id);
			here.push(id);
			features.push(f);
		}
		// One union per object, so neighbouring counties leave one hole in the mask, not many.
		if (here.length) union.coordinates.push(...mergeCodes(topo, object, here).coordinates);
	}
	return {
		units: collection(features),
		mask: collection(features.length ? [{ type: 'Feature', properties: {}, geometry: outsideOf(union) }] : [])
	};
}
