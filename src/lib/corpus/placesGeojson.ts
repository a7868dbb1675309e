/**
 * /data/places.geojson: every gazetteer place as a Point feature (id = place id).
 * Position: the geodata label point of its code for administrative units ('label'); else the
 * gazetteer's coord ('coord'); else, for a village or township without a sourced coordinate,
 * the label point of the unit it is placed at (`placed_at`, 'placed-at', always approximate);
 * else no geometry (null, 'none'): areas, groups and broad words have no single position.
 * Properties: id, kind, name_zh, name_en, name_en_short (both from names_en.json), adcode (when the place has exactly one code),
 * approximate, position ('label' | 'coord' | 'none'), mentions (count per document id,
 * every document listed) and mentions_total.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Gazetteer, Mention, Place, PlaceKind } from '../gazetteer/types';
import type { LonLat } from '../geo/types';
import type { SpeechDocument } from './types';

export interface PlaceFeatureProperties {
	id: string;
	kind: PlaceKind;
	name_zh: string;
	name_en: string;
	/** The short form of the same names_en.json row (map labels); equal to name_en where there is one form. */
	name_en_short: string;
	adcode: string | null;
	approximate: boolean;
	position: 'label' | 'coord' | 'placed-at' | 'none';
	mentions: Record<string, number>;
	mentions_total: number;
}

export type PlacesGeoJson = FeatureCollection<Point | null, PlaceFeatureProperties>;

export interface PlacePosition {
	at: LonLat | undefined;
	position: PlaceFeatureProperties['position'];
	approximate: boolean;
}

/** The one rule for a place's single position in the open data (see the header); also used by the LPF export. */
export function placePositions(
	gazetteer: Gazetteer,
	labelPoints: ReadonlyMap<string, LonLat>
): (p: Place) => PlacePosition {
	const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
	const ownLabel = (id: string | undefined): LonLat | undefined => {
		const codes = id ? byId.get(id)?.codes : undefined;
		return codes?.length === 1 ? labelPoints.get(codes[0]) : undefined;
	};
	return (p) => {
		const label = ownLabel(p.id);
		const placedAt = !label && !p.coord ? ownLabel(p.placed_at) : undefined;
		const at: LonLat | undefined = label ?? p.coord ?? placedAt;
		const position = label ? 'label' : p.coord ? 'coord' : placedAt ? 'placed-at' : 'none';
		return {
			at,
			position,
			approximate: position === 'placed-at' || (position === 'coord' && p.approximate === true)
		};
	};
}

export function buildPlacesGeoJson(
	gazetteer: Gazetteer,
	documents: readonly SpeechDocument[],
	mentions: readonly Mention[],
	labelPoints: ReadonlyMap<string, LonLat>
): PlacesGeoJson {
	const counts = new Map<string, Record<string, number>>();
	for (const m of mentions) {
		let c = counts.get(m.place_id);
		if (!c) counts.set(m.place_id, (c = {}));
		c[m.doc_id] = (c[m.doc_id] ?? 0) + 1;
	}
	const positionOf = placePositions(gazetteer, labelPoints);
	const features = gazetteer.places.map((p): Feature<Point | null, PlaceFeatureProperties> => {
		const adcode = p.codes?.length === 1 ? p.codes[0] : null;
		const { at, position, approximate } = positionOf(p);
		const mentionsByDoc: Record<string, number> = {};
		for (const d of documents) mentionsByDoc[d.id] = counts.get(p.id)?.[d.id] ?? 0;
		return {
			type: 'Feature',
			id: p.id,
			geometry: at ? { type: 'Point', coordinates: [at[0], at[1]] } : null,
			properties: {
				id: p.id,
				kind: p.kind,
				name_zh: p.name_zh,
				name_en: p.name_en,
				name_en_short: p.short_en ?? p.name_en,
				adcode,
				approximate,
				position,
				mentions: mentionsByDoc,
				mentions_total: Object.values(mentionsByDoc).reduce((a, b) => a + b, 0)
			}
		};
	});
	return { type: 'FeatureCollection', features };
}
