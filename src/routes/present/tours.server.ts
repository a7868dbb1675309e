/**
 * The tours, validated against the corpus once per build (a bad tour file throws here, failing the
 * build with every problem listed), and their presentation data with bounds from the TopoJSON.
 */
import type { Topology } from 'topojson-specification';
import { documents } from '$lib/corpus/documents';
import { corpusData } from '$lib/corpus/corpusData';
import { tourFiles } from '$lib/tours/tours';
import { loadTours } from '$lib/tours/load';
import { presentData } from '$lib/tours/present';
import { codeBounds } from '$lib/tours/bounds';
import type { TourContext } from '$lib/tours/context';
import type { PresentData, Tour } from '$lib/tours/types';
import type { BBox } from '$lib/geo/types';
import { gazetteer } from '../data/sources';
import china from '../../../geodata/china.topo.json';
import counties from '../../../geodata/counties.topo.json';

let ctx: TourContext | undefined;
let tours: Tour[] | undefined;
let boundsOf: ((codes: readonly string[]) => BBox | null) | undefined;
const cache = new Map<string, PresentData>();

function context(): TourContext {
	ctx ??= { documents, gazetteer, mentions: corpusData(documents, gazetteer).mentions };
	return ctx;
}

export function allTours(): Tour[] {
	tours ??= loadTours(tourFiles, context());
	return tours;
}

export function tourData(tour: Tour): PresentData {
	let data = cache.get(tour.id);
	if (!data) {
		boundsOf ??= codeBounds(china as unknown as Topology, counties as unknown as Topology);
		data = presentData(tour, context(), { boundsOf });
		cache.set(tour.id, data);
	}
	return data;
}
