/**
 * What the map outlines for a selection: the unit codes a key stands for, their shapes from the
 * national and county topologies, and the map outside them (the mask that dims the rest). Pure: no
 * map, no DOM.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { featuresOf } from '../geo/features-of';
import { mergeCodes } from '../geo/merge-codes';
import { outsideOf } from '../geo/outside-of';
import type { AtlasPlace } from './types';

const CODE = /^\d{6}$/;

/** A unit's own code, or the place's codes, or its member counties (empty when it has no shape). */
export function selectionCodes(key: string, place: AtlasPlace | undefined): string[] {
	if (CODE.test(key)) return [key];
	return place?.codes ?? place?.members ?? [];
}

interface Found {
	topo: Topology;
	object: string;
	features: Feature<Geometry>[];
}

/** The features of the codes by the object they were found in (each code once, the first object winning). */
function locate(
	codes: readonly string[],
	china: Topology | null | undefined,
	counties: Topology | null | undefined
): Found[] {
	if (!codes.length || !china) return [];
	const objects: [Topology, string][] = [
		[china, 'provinces'],
		[china, 'prefectures']
	];
	if (counties) objects.push([counties, 'counties']);
	const wanted = new Set(codes);
	const found = new Set<string>();
	return objects.map(([topo, object]) => {
		const features = featuresOf(topo, object).features.filter((f) => {
			const id = String(f.id);
			if (!wanted.has(id) || found.has(id)) return false;
			found.add(id);
			return true;
		});
		return { topo, object, features };
	});
}

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/**
 * The features of the given codes, from the provinces and prefectures of the national file and,
 * once loaded, the counties (each code once, the first file that has it winning).
 */
export function unitFeatures(
	codes: readonly string[],
	china: Topology | null | undefined,
	counties: Topology | null | undefined
): FeatureCollection {
	return collection(locate(codes, china, counties).flatMap((f) => f.features));
}

/**
 * Everything outside the units of the codes, as one feature (none when nothing is found): merged per
 * object first, so neighbouring counties leave one hole in the mask, not one each.
 */
export function selectionMask(
	codes: readonly string[],
	china: Topology | null | undefined,
	counties: Topology | null | undefined
): FeatureCollection {
	const union: MultiPolygon = { type: 'MultiPolygon', coordinates: [] };
	for (const { topo, object, features } of locate(codes, china, counties))
		if (features.length)
			union.coordinates.push(
				...mergeCodes(
					topo,
					object,
					features.map((f) => String(f.id))
				).coordinates
			);
	return collection(
		union.coordinates.length ? [{ type: 'Feature', properties: {}, geometry: outsideOf(union) }] : []
	);
}
