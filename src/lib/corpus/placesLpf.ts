/**
 * /data/places.lpf.json: the gazetteer in Linked Places Format (LPF v1.2, the GeoJSON-LD of the World
 * Historical Gazetteer; https://github.com/LinkedPasts/linked-places-format), so the places load into
 * WHG, Recogito or Peripleo. One Feature per gazetteer place:
 * - `@id`: the place's own page, relative to the file (`../place/{id}`), so it resolves on any host;
 * - `properties`: title (name_zh), ccodes (["CN"]), fclasses (GeoNames classes: A administrative,
 *   P populated place, L area/region), and our id, kind and 6-digit code;
 * - `names`: name_zh (zh, cited with the place's sources), name_en (en), every alias (zh);
 * - `types`: the kind, in English and Chinese;
 * - `geometry`: a GeometryCollection of the place's point (as places.geojson positions it) or its
 *   region polygon (as regions.geojson draws it), each with `certainty` (less-certain for an
 *   approximate point or a partly sourced area, uncertain for an approximate extent);
 * - `relations`: gvp:broaderPartitive to the parent place;
 * - `descriptions`: the gazetteer notes and, for areas, which members rest on a weak finding.
 * Validated feature by feature against the WHG schema in tests/unit/lpf-export.test.ts.
 */
import type { Geometry } from 'geojson';
import type { Gazetteer, PlaceKind, Source } from '../gazetteer/types';
import type { LonLat } from '../geo/types';
import { placePositions } from './placesGeojson';
import type { RegionsGeoJson } from './regionsGeojson';

export const LPF_CONTEXT =
	'https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld';

type Certainty = 'certain' | 'less-certain' | 'uncertain';

export interface LpfFeature {
	'@id': string;
	type: 'Feature';
	properties: {
		title: string;
		ccodes: string[];
		fclasses: string[];
		id: string;
		kind: PlaceKind;
		adcode: string | null;
	};
	names: { toponym: string; lang: string; citations?: { label: string; '@id'?: string }[] }[];
	types: { label: string; sourceLabel: string }[];
	geometry?: { type: 'GeometryCollection'; geometries: (Geometry & { certainty: Certainty })[] };
	relations?: { relationType: string; relationTo: string; label: string }[];
	descriptions?: { value: string; lang: string }[];
}

export interface LpfCollection {
	'@context': string;
	type: 'FeatureCollection';
	features: LpfFeature[];
}

const KIND: Record<PlaceKind, { en: string; zh: string; fclass: string }> = {
	province: { en: 'province-level division', zh: '省级行政区', fclass: 'A' },
	prefecture: { en: 'prefecture-level division', zh: '地级行政区', fclass: 'A' },
	county: { en: 'county-level division', zh: '县级行政区', fclass: 'A' },
	township: { en: 'township', zh: '乡镇', fclass: 'A' },
	village: { en: 'village', zh: '村', fclass: 'P' },
	'poverty-area': { en: 'contiguous poverty area (2011–2020)', zh: '集中连片特困地区', fclass: 'L' },
	'sanqu-sanzhou': { en: 'Sanqu Sanzhou (deeply impoverished areas)', zh: '三区三州', fclass: 'L' },
	'county-group': { en: 'group of counties', zh: '县的名单', fclass: 'L' },
	region: { en: 'historic or informal region', zh: '历史或习惯地域', fclass: 'L' },
	site: { en: 'site of an event', zh: '会议地点', fclass: 'P' },
	broad: { en: 'broad region (not mapped)', zh: '泛称地域', fclass: 'L' }
};

/** The page of a place, relative to /data/places.lpf.json. */
export const lpfId = (id: string) => `../place/${id}`;

function citation(s: Source): { label: string; '@id'?: string } {
	const label = [s.title, s.publisher, s.date].filter(Boolean).join(', ');
	return s.url ? { label, '@id': s.url } : { label };
}

export function buildPlacesLpf(
	gazetteer: Gazetteer,
	sources: readonly Source[],
	labelPoints: ReadonlyMap<string, LonLat>,
	regions: RegionsGeoJson
): LpfCollection {
	const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	const regionById = new Map(regions.features.map((f) => [f.properties.id, f]));
	const positionOf = placePositions(gazetteer, labelPoints);
	const features = gazetteer.places.map((p): LpfFeature => {
		const kind = KIND[p.kind];
		const citations = p.sources.flatMap((r) => {
			const s = sourceById.get(r.id);
			return s ? [citation(s)] : [];
		});
		const names: LpfFeature['names'] = [
			{ toponym: p.name_zh, lang: 'zh', ...(citations.length ? { citations } : {}) },
			{ toponym: p.name_en, lang: 'en' },
			...p.aliases.map((a) => ({ toponym: a, lang: 'zh' }))
		];
		const f: LpfFeature = {
			'@id': lpfId(p.id),
			type: 'Feature',
			properties: {
				title: p.name_zh,
				ccodes: ['CN'],
				fclasses: [kind.fclass],
				id: p.id,
				kind: p.kind,
				adcode: p.codes?.length === 1 ? p.codes[0] : null
			},
			names,
			types: [{ label: kind.en, sourceLabel: kind.zh }]
		};
		const region = regionById.get(p.id);
		const { at, approximate } = positionOf(p);
		if (region && region.geometry.coordinates.length) {
			const r = region.properties;
			const certainty: Certainty = r.approximate ? 'uncertain' : r.partial ? 'less-certain' : 'certain';
			f.geometry = { type: 'GeometryCollection', geometries: [{ ...region.geometry, certainty }] };
		} else if (at) {
			const certainty: Certainty = approximate ? 'less-certain' : 'certain';
			f.geometry = {
				type: 'GeometryCollection',
				geometries: [{ type: 'Point', coordinates: [at[0], at[1]], certainty }]
			};
		}
		const parent = p.parent ? byId.get(p.parent) : undefined;
		if (parent)
			f.relations = [
				{
					relationType: 'gvp:broaderPartitive',
					relationTo: lpfId(parent.id),
					label: `part of ${parent.name_en} (${parent.name_zh})`
				}
			];
		const descriptions: NonNullable<LpfFeature['descriptions']> = [];
		if (p.notes) descriptions.push({ value: p.notes, lang: 'en' });
		if (region) {
			const r = region.properties;
			descriptions.push({
				value:
					`${r.member_count} member counties` +
					(r.official_member_count !== null ? ` of ${r.official_member_count}` : '') +
					(r.partial ? ' sourced so far (the polygon is the sourced part only)' : '') +
					(r.approximate ? '; approximate extent' : '') +
					(r.weak_members.length
						? `; resting on one graded finding each: ${r.weak_members.map((w) => `${w.code} (${w.confidence}, ${w.source_id})`).join(', ')}`
						: '') +
					'.',
				lang: 'en'
			});
		}
		if (descriptions.length) f.descriptions = descriptions;
		return f;
	});
	return { '@context': LPF_CONTEXT, type: 'FeatureCollection', features };
}
