import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { CountiesTopology } from '../../src/lib/geo/types';
import { featuresOf } from '../../src/lib/geo/features-of';
import { mergeCodes } from '../../src/lib/geo/merge-codes';
import { simplifyTopology } from './simplify-topology';
import type { SimplifyOptions } from './types';
import type { Topology } from 'topojson-specification';

/** What the overview is made of: regions by place id with their member counties, and single counties. */
export interface OverviewInput {
	regions: { id: string; members: readonly string[] }[];
	counties: Iterable<string>;
}

/**
 * The shapes the explore map's first view draws, as one small TopoJSON simplified like the national
 * file: object `regions` (each region already merged from its member counties, id = place id) and
 * object `counties` (single counties by code, no properties). The overlays read it where they would
 * otherwise merge from the 2.5 MB county file (issue 12); codes the county file lacks are ignored.
 */
export function overviewTopology(
	counties: CountiesTopology,
	input: OverviewInput,
	options: SimplifyOptions
): Topology {
	const wanted = new Set(input.counties);
	const regions: Feature[] = input.regions.map((r) => ({
		type: 'Feature',
		id: r.id,
		properties: null,
		geometry: mergeCodes(counties, 'counties', r.members)
	}));
	const single: Feature[] = featuresOf(counties, 'counties')
		.features.filter((f) => wanted.has(String(f.id)))
		.map((f) => ({ type: 'Feature', id: String(f.id), properties: null, geometry: f.geometry as Geometry }));
	const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
	const topo = topology({ regions: fc(regions), counties: fc(single) }) as unknown as Topology;
	return simplifyTopology(topo, options).topology;
}
