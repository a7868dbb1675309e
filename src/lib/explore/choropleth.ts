/**
 * The province choropleth: mentions per province under the filters, in four quantized classes
 * (0 = none). Pure: the MapLibre layer and the SVG map both draw from it.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { scaleQuantize } from 'd3-scale';
import type { PassageIndex } from '../corpus/types';
import { featuresOf } from '../geo/features-of';
import type { AdminProperties } from '../geo/types';
import { provinceCounts, type PassageFilter } from './filter';
import type { AtlasPlace } from './types';

export interface ChoroplethProps extends AdminProperties {
	/** Gazetteer id of the province. */
	place?: string;
	count: number;
	/** Class 0 (no mention) to 4. */
	cls: number;
}

export interface Choropleth {
	provinces: FeatureCollection<Geometry, ChoroplethProps>;
	/** Class breaks for the legend: 0, the thresholds, the maximum (rounded). */
	breaks: number[];
}

export function provinceChoropleth(
	china: Topology,
	index: PassageIndex,
	filter: PassageFilter,
	place: (id: string | undefined) => AtlasPlace | undefined
): Choropleth {
	// The province code of a place: the first province up its parent chain.
	const provinceOf = (id: string): string | undefined => {
		for (let p = place(id); p; p = place(p.parent)) if (p.kind === 'province') return p.codes?.[0];
		return undefined;
	};
	const byProvince = provinceCounts(index, filter, provinceOf);
	const max = Math.max(1, ...byProvince.values());
	const scale = scaleQuantize<number>().domain([1, max]).range([1, 2, 3, 4]).nice();
	const features = featuresOf<AdminProperties>(china, 'provinces').features.map(
		(f): Feature<Geometry, ChoroplethProps> => {
			const n = byProvince.get(String(f.id)) ?? 0;
			return {
				...f,
				properties: { ...f.properties, place: provinceOf(String(f.id)), count: n, cls: n ? scale(n) : 0 }
			};
		}
	);
	return {
		provinces: { type: 'FeatureCollection', features },
		breaks: [0, ...scale.thresholds(), max].map((v) => Math.round(v))
	};
}
