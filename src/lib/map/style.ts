// https://maplibre.org/maplibre-style-spec/
import type { StyleSpecification, LayerSpecification } from 'maplibre-gl';
import { CJK_FONT_STACK } from './fonts';
import { BASE } from './palette';

/** Ids of the GeoJSON sources the base map fills once its TopoJSON has loaded. */
export const SOURCES = {
	world: 'world',
	provinces: 'provinces',
	provinceLines: 'province-lines',
	nationalLine: 'national-line',
	prefectureLines: 'prefecture-lines',
	countyLines: 'county-lines',
	boundaries: 'boundaries',
	provinceLabels: 'province-labels'
} as const;


/** Layers of the base map, bottom to top. Overlays are inserted before `BASE_LABEL_LAYER`. */
export function baseLayers(): LayerSpecification[] {
	return [
		{ id: 'sea', type: 'background', paint: { 'background-color': BASE.sea } },
		{
			id: 'world-fill',
			type: 'fill',
			source: SOURCES.world,
			paint: { 'fill-color': BASE.neighbour, 'fill-outline-color': BASE.neighbourLine }
		},
		{
			id: 'province-fill',
			type: 'fill',
			source: SOURCES.provinces,
			paint: { 'fill-color': BASE.land }
		},
		{
			id: 'county-line',
			type: 'line',
			source: SOURCES.countyLines,
			minzoom: 6.5,
			paint: { 'line-color': BASE.countyLine, 'line-width': 0.6 }
		},
		{
			id: 'prefecture-line',
			type: 'line',
			source: SOURCES.prefectureLines,
			minzoom: 5,
			paint: {
				'line-color': BASE.prefectureLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.5, 8, 1.1],
				'line-dasharray': [4, 2]
			}
		},
		{
			// Provincial boundary: dash-dot, as on the standard map.
			id: 'province-line',
			type: 'line',
			source: SOURCES.provinceLines,
			paint: {
				'line-color': BASE.provinceLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 7, 1.6],
				'line-dasharray': [5, 1.5, 1, 1.5]
			}
		},
		{
			// Outline of the country (coast and land border) drawn heavier than provincial lines.
			id: 'national-line',
			type: 'line',
			source: SOURCES.nationalLine,
			paint: {
				'line-color': BASE.nationalLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.1, 7, 2.2]
			}
		},
		{
			// 境界线: the ten-dash line in the South China Sea and other undetermined boundaries, dashed.
			id: 'boundary-line',
			type: 'line',
			source: SOURCES.boundaries,
			paint: {
				'line-color': BASE.boundaryLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.4, 7, 2.6]
			}
		},
		{
			id: BASE_LABEL_LAYER,
			type: 'symbol',
			source: SOURCES.provinceLabels,
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

export const BASE_LABEL_LAYER = 'province-label';

/**
 * A self-contained style: GeoJSON sources only (filled after load from our own TopoJSON), no tile
 * server, no sprite and no `glyphs` (so MapLibre renders labels with local fonts).
 */
export function baseStyle(): StyleSpecification {
	const sources: StyleSpecification['sources'] = {};
	for (const id of Object.values(SOURCES))
		sources[id] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
	return { version: 8, name: 'speech-atlas-base', sources, layers: baseLayers() };
}
