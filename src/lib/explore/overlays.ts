/**
 * The GeoJSON of every overlay layer, built from the atlas and our TopoJSON. Pure: no map, no DOM.
 * Areas and 三区三州 parts are the union of their member counties (topojson-client `merge`), merged
 * at build time in the overview topology. `counties` below: the county file or the overview.
 */
import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import { featuresOf } from '../geo/features-of';
import { mergeCodes } from '../geo/merge-codes';
import { labelPoint } from '../geo/label-point';
import { eventPoint, symposiaInOrder } from '../gazetteer/event-site';
import type { AdminProperties } from '../geo/types';
import type { Atlas, AtlasPlace } from './types';

export interface RegionProps {
	place: string;
	name_zh: string;
	name_en: string;
	/** Colour slot in its palette. */
	slot: number;
	/** True when the member list is only partly sourced. */
	partial: boolean;
	/** Label: the name, plus "(7/61)" for partial areas. */
	label: string;
	/** The same in English. */
	label_en: string;
}

const fc = <G extends Geometry | null, P>(features: Feature<G, P>[]): FeatureCollection<G, P> => ({
	type: 'FeatureCollection',
	features
});

function partialSuffix(p: AtlasPlace, lang: 'zh' | 'en' = 'zh'): string {
	const s = p.status;
	if (!s || s.complete) return '';
	const count = `${s.sourced}/${s.official ?? '?'}`;
	return lang === 'zh' ? `（${count}）` : ` (${count})`;
}

/** Short display name: 三区三州：凉山州 → 凉山州. */
export function shortName(p: AtlasPlace): string {
	return p.name_zh.replace(/^三区三州：/, '').replace(/（连片特困地区）$/, '');
}

/** The short English form of the place's row in names_en.json: Three Prefectures: Liangshan → Liangshan. */
export function shortNameEn(p: Pick<AtlasPlace, 'name_en' | 'short_en'>): string {
	return p.short_en ?? p.name_en;
}

/**
 * Where a region's shape comes from: the overview topology has it already merged (object `regions`,
 * by place id, /data/overview.topo.json); the county file has the members to merge.
 */
function regionShape(topo: Topology): (p: AtlasPlace) => Geometry {
	if (!topo.objects.regions) return (p) => mergeCodes(topo, 'counties', p.members!);
	const byId = new Map(featuresOf(topo, 'regions').features.map((f) => [String(f.id), f.geometry]));
	return (p) => byId.get(p.id) ?? { type: 'MultiPolygon', coordinates: [] };
}

function merged(places: AtlasPlace[], counties: Topology): Feature<Geometry, RegionProps>[] {
	const shape = regionShape(counties);
	return places
		.filter((p) => p.members?.length)
		.map((p, slot) => ({
			type: 'Feature',
			id: p.id,
			properties: {
				place: p.id,
				name_zh: shortName(p),
				name_en: p.name_en,
				slot,
				partial: !!p.status && !p.status.complete,
				label: shortName(p) + partialSuffix(p),
				label_en: shortNameEn(p) + partialSuffix(p, 'en')
			},
			geometry: shape(p)
		}));
}

/** The six parts of 三区三州. */
export function sanquParts(atlas: Atlas, counties: Topology) {
	const whole = atlas.places.find((p) => p.kind === 'sanqu-sanzhou' && p.parts?.length);
	const parts = (whole?.parts ?? []).map((id) => atlas.places.find((p) => p.id === id)!).filter(Boolean);
	return fc(merged(parts, counties));
}

/** The 14 contiguous poverty areas that have sourced members (partial ones flagged). */
export function povertyAreas(atlas: Atlas, counties: Topology) {
	return fc(
		merged(
			atlas.places.filter((p) => p.kind === 'poverty-area'),
			counties
		)
	);
}

export interface CountyProps {
	code: string;
	name: string;
	/** Gazetteer id of the county where it has one. */
	place?: string;
	/** Year it left the list of 832 poverty counties. */
	exit_year?: number;
	/** One of the 52 counties still poor at the start of 2020. */
	u52?: boolean;
}

/**
 * Every county of the geometry, with its gazetteer id, exit year and 52-flag attached: one source
 * serves the click target, the 832 layer and the 52 layer (each a filter of it).
 */
export function allCounties(atlas: Atlas, counties: Topology): FeatureCollection<Geometry, CountyProps> {
	const placeByCode = new Map<string, string>();
	for (const p of atlas.places)
		if (p.kind === 'county') for (const c of p.codes ?? []) placeByCode.set(c, p.id);
	const group52 = atlas.places.find((p) => p.kind === 'county-group' && p.members?.length === 52);
	const in52 = new Set(group52?.members ?? []);
	return fc(
		featuresOf<AdminProperties>(counties, 'counties').features.map((f) => {
			const code = String(f.id);
			const props: CountyProps = { code, name: f.properties.full_name };
			const place = placeByCode.get(code);
			if (place) props.place = place;
			if (atlas.exitYears[code]) props.exit_year = atlas.exitYears[code];
			if (in52.has(code)) props.u52 = true;
			return { type: 'Feature', id: code, properties: props, geometry: f.geometry };
		})
	);
}

/** The 52 counties of 2020. */
export function unexited52(atlas: Atlas, counties: Topology) {
	return fc(allCounties(atlas, counties).features.filter((f) => f.properties.u52));
}

/** The 832 poverty counties with the year each left the list. */
export function poverty832(atlas: Atlas, counties: Topology) {
	return fc(allCounties(atlas, counties).features.filter((f) => f.properties.exit_year));
}

/** How many of the 832 were still on the list at the end of `year` (2014 → all of them). */
export function remainingAt(atlas: Atlas, year: number): number {
	let n = 0;
	for (const [y, count] of Object.entries(atlas.exitCounts)) if (Number(y) > year) n += count;
	return n;
}

export interface UnitProps {
	place: string;
	name: string;
	name_en: string;
	kind: string;
}

/** Outlines of the prefectures and counties the gazetteer names (drawn from their own units). */
export function namedUnits(atlas: Atlas, china: Topology, counties: Topology, ids?: ReadonlySet<string>) {
	const pref = new Map(
		featuresOf<AdminProperties>(china, 'prefectures').features.map((f) => [String(f.id), f])
	);
	const cty = new Map(
		featuresOf<AdminProperties>(counties, 'counties').features.map((f) => [String(f.id), f])
	);
	const out: Feature<Geometry, UnitProps>[] = [];
	for (const p of atlas.places) {
		if (p.kind !== 'prefecture' && p.kind !== 'county') continue;
		if (ids && !ids.has(p.id)) continue;
		for (const code of p.codes ?? []) {
			const f = (p.kind === 'prefecture' ? pref : cty).get(code);
			if (f)
				out.push({
					type: 'Feature',
					id: p.id,
					properties: { place: p.id, name: p.name_zh, name_en: p.name_en, kind: p.kind },
					geometry: f.geometry
				});
		}
	}
	return fc(out);
}

/** Label points of the named units, labelled with their full names (Chinese and English). */
export function namedLabels(named: FeatureCollection<Geometry, UnitProps>) {
	return labelsOf(
		fc(
			named.features.map((f) => ({
				...f,
				properties: { ...f.properties, label: f.properties.name, label_en: f.properties.name_en }
			}))
		)
	);
}

export interface PointProps {
	place: string;
	name: string;
	name_en: string;
	approximate: boolean;
}

/** Villages and townships as points (approximate ones placed at their county). */
export function villagePoints(atlas: Atlas) {
	return fc(
		atlas.places
			.filter((p) => (p.kind === 'village' || p.kind === 'township') && p.point)
			.map((p): Feature<Point, PointProps> => ({
				type: 'Feature',
				id: p.id,
				properties: { place: p.id, name: p.name_zh, name_en: p.name_en, approximate: !!p.approximate },
				geometry: { type: 'Point', coordinates: p.point! }
			}))
	);
}

export interface SymposiumProps {
	place: string;
	event: string;
	number: number;
	date: string;
	title: string;
	name: string;
	name_en: string;
}

/** The symposia as numbered points in date order, and the line linking them in that order. */
export function symposia(atlas: Atlas): {
	points: FeatureCollection<Point, SymposiumProps>;
	line: FeatureCollection<LineString>;
} {
	const byId = new Map(atlas.places.map((p) => [p.id, p]));
	const points: Feature<Point, SymposiumProps>[] = [];
	symposiaInOrder(atlas.events).forEach((e, i) => {
		const place = byId.get(e.place);
		const at = eventPoint(e);
		if (!place || !at) return;
		points.push({
			type: 'Feature',
			id: e.id,
			properties: {
				place: place.id,
				event: e.id,
				number: e.number ?? i + 1,
				date: e.date,
				title: e.title_zh,
				name: shortName(place).replace(/(市|省)$/, ''),
				name_en: shortNameEn(place)
			},
			geometry: { type: 'Point', coordinates: at }
		});
	});
	const line: Feature<LineString> = {
		type: 'Feature',
		properties: {},
		geometry: { type: 'LineString', coordinates: points.map((p) => p.geometry.coordinates) }
	};
	return { points: fc(points), line: fc([line]) };
}

/** One label point per polygon feature (pole of inaccessibility of its largest part). */
export function labelsOf<P extends object>(
	features: FeatureCollection<Geometry, P>
): FeatureCollection<Point, P> {
	const out: Feature<Point, P>[] = [];
	for (const f of features.features) {
		if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
		const at = labelPoint(f.geometry);
		if (at)
			out.push({
				type: 'Feature',
				id: f.id,
				properties: f.properties,
				geometry: { type: 'Point', coordinates: at }
			});
	}
	return fc(out);
}
