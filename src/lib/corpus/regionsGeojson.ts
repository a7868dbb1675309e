/**
 * /data/regions.geojson: every gazetteer place drawn as a union of counties (三区三州 and its six
 * parts, the 14 contiguous areas one by one and together, the 52 and 832 groups, and the informal
 * regions with member counties) as one (Multi)Polygon feature, id = place id. The geometry is the
 * union the map draws (`mergeCodes` on the counties TopoJSON, same member codes), simplified on the
 * shared arcs (topojson-simplify, so neighbouring regions still meet without gaps or overlaps) and
 * rounded to `digits` decimals, so the file stays small (REGIONS_SIMPLIFY: about 0.6 MB for all
 * 29 regions, the 832 union being the largest). Places with only a point stay in places.geojson.
 *
 * Properties: id, kind, name_zh, name_en, member_count (sourced members), official_member_count (or
 * null), members_complete, partial (= not complete: the polygon is the sourced part only),
 * approximate (informal extent), members (6-digit codes), members_not_drawn (codes with no polygon
 * in the geodata), weak_members (members resting on one graded finding: code, confidence, source).
 */
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Gazetteer, MemberConfidence, MemberRow, PlaceKind } from '../gazetteer/types';
import { membershipStatus } from '../gazetteer/membership';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { mergeCodes } from '../geo/merge-codes';
import { missingCodes } from '../geo/missing-codes';

export interface RegionFeatureProperties {
	id: string;
	kind: PlaceKind;
	name_zh: string;
	name_en: string;
	member_count: number;
	official_member_count: number | null;
	members_complete: boolean;
	partial: boolean;
	approximate: boolean;
	members: string[];
	members_not_drawn: string[];
	weak_members: { code: string; confidence: MemberConfidence; source_id: string }[];
}

export type RegionsGeoJson = FeatureCollection<MultiPolygon, RegionFeatureProperties>;

const round = (digits: number) => {
	const k = 10 ** digits;
	const r = (v: number) => Math.round(v * k) / k;
	const ring = (points: Position[]): Position[] => {
		const out: Position[] = [];
		for (const p of points) {
			const q = [r(p[0]), r(p[1])];
			const last = out[out.length - 1];
			if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
		}
		return out;
	};
	return (g: MultiPolygon): MultiPolygon => ({
		type: 'MultiPolygon',
		coordinates: g.coordinates
			.map((polygon) => polygon.map(ring).filter((x) => x.length >= 4))
			.filter((polygon) => polygon.length > 0)
	});
};

/**
 * How much of the geometry is kept: arcs' points whose Visvalingam weight is below this quantile of
 * all weights are dropped (0 keeps everything), and coordinates are rounded to `digits` decimals
 * (3 ≈ 100 m, below what the simplification moves a boundary anyway).
 */
export const REGIONS_SIMPLIFY = { quantile: 0.3, digits: 3 };

export function buildRegionsGeoJson(
	gazetteer: Gazetteer,
	memberRows: readonly MemberRow[],
	countiesTopology: Topology,
	options: { quantile: number; digits: number } = REGIONS_SIMPLIFY
): RegionsGeoJson {
	const quantize = round(options.digits);
	let counties = countiesTopology;
	if (options.quantile > 0) {
		// presimplify copies the arcs: the caller's topology is left as it was.
		const pre = presimplify(countiesTopology as Parameters<typeof presimplify>[0]);
		counties = simplify(pre, quantile(pre, options.quantile)) as unknown as Topology;
	}
	const rowOf = new Map(memberRows.map((r) => [`${r.area_id}:${r.code_2023}`, r]));
	const features = gazetteer.places
		.filter((p) => (p.members?.length ?? 0) > 0)
		.map((p): Feature<MultiPolygon, RegionFeatureProperties> => {
			const members = p.members!;
			const s = membershipStatus(p);
			const weak = Object.entries(p.member_confidence ?? {}).map(([code, confidence]) => ({
				code,
				confidence,
				// A whole (e.g. the 14 areas) takes the row of the part that lists the county.
				source_id:
					rowOf.get(`${p.id}:${code}`)?.source_id ??
					(p.parts ?? []).map((id) => rowOf.get(`${id}:${code}`)?.source_id).find(Boolean) ??
					''
			}));
			return {
				type: 'Feature',
				id: p.id,
				geometry: quantize(mergeCodes(counties, 'counties', members)),
				properties: {
					id: p.id,
					kind: p.kind,
					name_zh: p.name_zh,
					name_en: p.name_en,
					member_count: s.sourced,
					official_member_count: s.official ?? null,
					members_complete: s.complete,
					partial: !s.complete,
					approximate: s.approximate,
					members,
					members_not_drawn: missingCodes(counties, 'counties', members),
					weak_members: weak.sort((a, b) => a.code.localeCompare(b.code))
				}
			};
		});
	return { type: 'FeatureCollection', features };
}
