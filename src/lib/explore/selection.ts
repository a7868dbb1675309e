/**
 * What the map outlines for a selection: the unit codes a key stands for, and their shapes from the
 * national and county topologies. Pure: no map, no DOM.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { featuresOf } from '../geo/features-of';
import type { AtlasPlace } from './types';

const CODE = /^\d{6}$/;

/** A unit's own code, or the place's codes, or its member counties (empty when it has no shape). */
export function selectionCodes(key: string, place: AtlasPlace | undefined): string[] {
	if (CODE.test(key)) return [key];
	return place?.codes ?? place?.members ?? [];
}

/**
 * The features of the given codes, from the provinces and prefectures of the national file and,
 * once loaded, the counties (each code once, the first file that has it winning).
 */
export function unitFeatures(
	codes: readonly string[],
	china: Topology | null | undefined,
	counties: Topology | null | undefined
): FeatureCollection {
	const features: Feature<Geometry>[] = [];
	if (!codes.length || !china) return { type: 'FeatureCollection', features };
	const sources = [featuresOf(china, 'provinces'), featuresOf(china, 'prefectures')];
	if (counties) sources.push(featuresOf(counties, 'counties'));
	const wanted = new Set(codes);
	const found = new Set<string>();
	for (const fc of sources)
		for (const f of fc.features) {
			const id = String(f.id);
			if (wanted.has(id) && !found.has(id)) {
				found.add(id);
				features.push(f);
			}
		}
	return { type: 'FeatureCollection', features };
}
