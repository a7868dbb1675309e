/**
 * Several kinds of feature in one GeoJSON source: each feature carries the `part` its layer draws,
 * and each layer filters on it. Fewer sources mean fewer tiling jobs in MapLibre's worker and fewer
 * rounds of tiles and frames before the first complete view (issue 12). Pure.
 */
import type { FilterSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';

/** The filter of a layer drawing one part of a shared source. */
export const partIs = (part: string): FilterSpecification => ['==', ['get', 'part'], part];

/** The features with `part` added to their properties. */
export function tagged(part: string, features: readonly Feature[]): Feature[] {
	return features.map((f) => ({ ...f, properties: { ...f.properties, part } }));
}

/** One collection of several parts: `{ part: features }`, in that order. */
export function parts(byPart: Record<string, readonly Feature[]>): FeatureCollection {
	return { type: 'FeatureCollection', features: Object.entries(byPart).flatMap(([p, fs]) => tagged(p, fs)) };
}

/** The features of one part in a source's data. */
export function partOf(data: FeatureCollection | undefined, part: string): Feature[] {
	return (data?.features ?? []).filter((f) => f.properties?.part === part);
}
