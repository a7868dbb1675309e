// https://maplibre.org/maplibre-style-spec/
import type {
	StyleSpecification,
	GeoJSONSourceSpecification,
	LayerSpecification,
	LineLayerSpecification,
	FilterSpecification
} from 'maplibre-gl';
import type { BoundaryKind } from '../geo/types';
import { CJK_FONT_STACK } from './fonts';
import { BASE } from './palette';
import { partIs } from './parts';

/**
 * A solid line as a dash with no gap: every line then shares the dashed lines' shader program, where
 * a solid line compiles one of its own (a software-rendered first view pays for each program:
 * scripts/bench/README-bench.md).
 */
export const SOLID: [number, number] = [1, 0];

/**
 * The base map's GeoJSON sources, filled once their TopoJSON has loaded: `base` (the national view:
 * neighbours, provinces, provincial and national borders, 境界线, label points), `prefectures` (the
 * prefectural borders of the national file, drawn from PREFECTURE_ZOOM: a source of their own, given
 * its data only when a view needs it, so that a national first view neither sends nor tiles them) and
 * `fine` (borders drawn from the county file, from FINE_ZOOM).
 * One source per file and zoom range rather than one per kind of feature: each source is a tiling job
 * in MapLibre's worker and a round of tiles (and frames) of its own (issue 12). Every feature says
 * which layer draws it in its `part` property.
 */
export const SOURCES = { base: 'base', prefectures: 'prefectures', fine: 'fine' } as const;

/** From this zoom the prefectural borders are drawn (below it their source is not needed at all). */
export const PREFECTURE_ZOOM = 5;

export const PARTS = {
	country: 'country',
	province: 'province',
	provinceBorder: 'province-border',
	nationalBorder: 'national-border',
	prefectureBorder: 'prefecture-border',
	countyBorder: 'county-border',
	boundary: 'boundary',
	provinceLabel: 'province-label',
	/** China's land from the county file (one polygon), drawn from FINE_ZOOM. */
	land: 'land'
} as const;

/**
 * Global state `countyFile`: true once the county file's data is in the map. From FINE_ZOOM the land
 * and the national border are drawn from it (the national file is simplified for the national view:
 * at county zoom its coast is visibly angular); until it has loaded, from the national file.
 */
export const COUNTY_FILE_STATE = 'countyFile';
export type Part = (typeof PARTS)[keyof typeof PARTS];

/** Layers of the base map, bottom to top. Overlays are inserted before `BASE_LABEL_LAYER`. */
export function baseLayers(): LayerSpecification[] {
	return [
		{ id: 'sea', type: 'background', paint: { 'background-color': BASE.sea } },
		{
			id: 'world-fill',
			type: 'fill',
			source: SOURCES.base,
			filter: partIs(PARTS.country),
			paint: { 'fill-color': BASE.neighbour, 'fill-outline-color': BASE.neighbourLine }
		},
		{
			id: 'province-fill',
			type: 'fill',
			source: SOURCES.base,
			filter: partIs(PARTS.province),
			paint: {
				'fill-color': BASE.land,
				// Still there for clicks at county zoom, but drawn by `land-fine` once it can be.
				'fill-opacity': ['step', ['zoom'], 1, FINE_ZOOM, ['case', ['global-state', COUNTY_FILE_STATE], 0, 1]]
			}
		},
		{
			id: 'land-fine',
			type: 'fill',
			source: SOURCES.fine,
			filter: partIs(PARTS.land),
			minzoom: FINE_ZOOM,
			paint: { 'fill-color': BASE.land }
		},
		{
			id: 'county-line',
			type: 'line',
			source: SOURCES.fine,
			filter: partIs(PARTS.countyBorder),
			minzoom: 6.5,
			paint: { 'line-color': BASE.countyLine, 'line-width': 0.6, 'line-dasharray': SOLID }
		},
		...zoomPair('prefecture-line', PARTS.prefectureBorder, SOURCES.prefectures, PREFECTURE_ZOOM, {
			'line-color': BASE.prefectureLine,
			'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.5, 8, 1.1],
			'line-dasharray': [4, 2]
		}),
		...zoomPair('province-line', PARTS.provinceBorder, SOURCES.base, 0, PROVINCE_LINE),
		// Outline of the country (coast and land border) drawn heavier than provincial lines.
		...zoomPair('national-line', PARTS.nationalBorder, SOURCES.base, 0, {
			'line-color': BASE.nationalLine,
			'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.1, 7, 2.2],
			'line-dasharray': SOLID
		}),
		// 境界线. The ten dashes of the South China Sea line are separate segments in the data, so they
		// are drawn solid at national-boundary weight; the 帕米尔 line as an undetermined national
		// boundary (dashed); sea boundaries between provincial units as provincial lines. One layer per
		// kind with constant paint (issue 12): each shares a shader program with the lines above, where
		// one layer with data-driven colour, width and dash compiled a program of its own.
		...boundaryLayers(),
		{
			id: BASE_LABEL_LAYER,
			type: 'symbol',
			source: SOURCES.base,
			filter: partIs(PARTS.provinceLabel),
			layout: {
				'text-field': ['get', 'name'],
				'text-font': CJK_FONT_STACK,
				'text-size': ['interpolate', ['linear'], ['zoom'], 3, 13, 6, 18],
				'text-padding': 2
			},
			paint: {
				'text-color': BASE.label,
				'text-halo-color': BASE.labelHalo,
				'text-halo-width': 1.6
			}
		}
	];
}

/** Paint of the heavy (national-weight) 境界线: the South China Sea line solid, the land line dashed. */
const BOUNDARY_HEAVY = {
	'line-color': BASE.boundaryLine,
	'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.4, 7, 2.6]
} satisfies LineLayerSpecification['paint'];

/** The 境界线 layers; `boundary-line` and its `-land` / `-maritime` siblings. */
function boundaryLayers(): LineLayerSpecification[] {
	const kind = (k: BoundaryKind) =>
		['all', partIs(PARTS.boundary), ['==', ['get', 'kind'], k]] as FilterSpecification;
	const source = SOURCES.base;
	return [
		{
			id: 'boundary-line',
			type: 'line',
			source,
			filter: kind('south-china-sea'),
			paint: { ...BOUNDARY_HEAVY, 'line-dasharray': SOLID }
		},
		{
			id: 'boundary-line-land',
			type: 'line',
			source,
			filter: kind('land'),
			paint: { ...BOUNDARY_HEAVY, 'line-dasharray': [3, 2] }
		},
		{ id: 'boundary-line-maritime', type: 'line', source, filter: kind('maritime'), paint: PROVINCE_LINE }
	];
}

/** Provincial boundary: dash-dot, as on the standard map (also the sea boundaries between provinces). */
const PROVINCE_LINE = {
	'line-color': BASE.provinceLine,
	'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 7, 1.6],
	'line-dasharray': [5, 1.5, 1, 1.5]
} satisfies LineLayerSpecification['paint'];

export const BASE_LABEL_LAYER = 'province-label';

/** Zoom from which borders are drawn from the county topology instead of the national one. */
export const FINE_ZOOM = 6.5;

/**
 * One kind of border in two layers: from the national file below FINE_ZOOM, from the county file from
 * there on. Both keep the same id prefix so tests and overlays can address them together.
 */
function zoomPair(
	id: string,
	part: Part,
	source: string,
	minzoom: number,
	paint: LineLayerSpecification['paint']
): LineLayerSpecification[] {
	const filter = partIs(part);
	return [
		{ id, type: 'line', source, filter, minzoom, maxzoom: FINE_ZOOM, paint },
		{ id: `${id}-fine`, type: 'line', source: SOURCES.fine, filter, minzoom: FINE_ZOOM, paint }
	];
}

/**
 * A self-contained style: GeoJSON sources only (filled after load from our own TopoJSON), no tile
 * server, no sprite and no `glyphs` (so MapLibre renders labels with local fonts).
 */
export function baseStyle(): StyleSpecification {
	const sources: StyleSpecification['sources'] = {};
	for (const id of Object.values(SOURCES))
		sources[id] = geojsonSource({ type: 'FeatureCollection', features: [] });
	return {
		version: 8,
		name: 'speech-atlas-base',
		// Global state the layers read, with its value until the page sets it (unset, every frame's
		// expressions warned and fell back to a default).
		state: { [COUNTY_FILE_STATE]: { default: false } },
		sources,
		layers: baseLayers()
	} as StyleSpecification;
}

/**
 * A GeoJSON source as this app creates them all (base and overlays). `buffer` is how far each tile's
 * geometry reaches past its edge, in 1/512 of a tile: MapLibre's default, 128 (a quarter tile on each
 * side), makes every tile clip, triangulate and upload a ring of its neighbours' geometry as well. Our
 * widest line (the selection casing, 7 px) needs under 4 and the fill patterns are aligned to the
 * world, not the tile, so 32 draws the same with less work per tile (measured side by side: 3–8 % off
 * the first complete view, scripts/bench/README-bench.md).
 */
export function geojsonSource(data: GeoJSONSourceSpecification['data']): GeoJSONSourceSpecification {
	return { type: 'geojson', data, buffer: 32 };
}
