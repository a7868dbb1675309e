/**
 * Shapes for presentation mode: units by code (provinces and prefectures from china.topo.json,
 * counties from counties.topo.json, fetched once and only when a stop needs them), merged per
 * place so a place is one outline.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import { fetchTopology, GEODATA_URLS } from '$lib/map/load';
import { mergeCodes } from '$lib/geo/merge-codes';
import type { PlaceDrawing } from '$lib/tours/types';

const topologies = new Map<'china' | 'counties', Promise<Topology>>();

function topology(name: 'china' | 'counties'): Promise<Topology> {
	let p = topologies.get(name);
	if (!p) {
		p = fetchTopology(GEODATA_URLS[name]);
		p.catch(() => topologies.delete(name));
		topologies.set(name, p);
	}
	return p;
}

/** The national topology (provinces, prefectures, borders), fetched once. */
export const chinaTopology = (): Promise<Topology> => topology('china');

const isProvince = (c: string) => c.endsWith('0000');
const isPrefecture = (c: string) => !isProvince(c) && c.endsWith('00');

/** The merged shape(s) of a set of unit codes: one MultiPolygon per level present. */
export async function shapeOf(codes: readonly string[]): Promise<MultiPolygon[]> {
	const provinces = codes.filter(isProvince);
	const prefectures = codes.filter(isPrefecture);
	const counties = codes.filter((c) => !isProvince(c) && !isPrefecture(c));
	const out: MultiPolygon[] = [];
	if (provinces.length + prefectures.length > 0) {
		const china = await topology('china');
		if (provinces.length) out.push(mergeCodes(china, 'provinces', provinces));
		if (prefectures.length) out.push(mergeCodes(china, 'prefectures', prefectures));
	}
	if (counties.length) out.push(mergeCodes(await topology('counties'), 'counties', counties));
	return out.filter((g) => g.coordinates.length > 0);
}

/** Features of places: their merged shapes (property `id`, `name`), and points for point places. */
export async function placeFeatures(places: readonly PlaceDrawing[]): Promise<{
	shapes: FeatureCollection<MultiPolygon>;
	points: FeatureCollection<Point>;
}> {
	const shapes: Feature<MultiPolygon>[] = [];
	const points: Feature<Point>[] = [];
	for (const p of places) {
		for (const geometry of await shapeOf(p.codes))
			shapes.push({ type: 'Feature', properties: { id: p.id, name: p.name_zh }, geometry });
		if (p.point)
			points.push({
				type: 'Feature',
				properties: { id: p.id, name: p.name_zh },
				geometry: { type: 'Point', coordinates: p.point }
			});
	}
	return {
		shapes: { type: 'FeatureCollection', features: shapes },
		points: { type: 'FeatureCollection', features: points }
	};
}
