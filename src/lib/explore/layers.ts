// https://maplibre.org/maplibre-style-spec/layers/
/**
 * The overlay layers of the explore map, their sources, and which LayerId switches each on.
 * Layers are inserted below the base map's lines (fills) or below its labels (lines, points, labels)
 * so borders stay readable over fills and place names stay on top; the labels of the regions (三区三州,
 * the 14 areas) go above the province labels, so they are placed first where the two collide (the
 * longer English names were dropped otherwise).
 */
import type { LayerSpecification, ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { LayerId } from '../state/types';
import type { Lang } from '../i18n/types';
import { CJK_FONT_STACK } from '../map/fonts';
import { SOLID } from '../map/style';
import { partIs } from '../map/parts';
import { EXIT_COLOUR_EXPRESSION } from './feature-style';
import {
	AREA_COLOURS,
	SANQU_COLOURS,
	UNEXITED_52,
	NAMED,
	SYMPOSIUM,
	SELECTION,
	CHOROPLETH,
	VILLAGE
} from './palette';

/** Images `${AREA_HATCH_PREFIX}${i}`: the hatch of AREA_COLOURS[i] (added by the overlays). */
export const AREA_HATCH_PREFIX = 'hatch-area-';
/** Images `${SANQU_TINT_PREFIX}${i}`: the tint of SANQU_COLOURS[i] at SANQU_TINT_ALPHA (added by the overlays). */
export const SANQU_TINT_PREFIX = 'tint-sanqu-';
export const SANQU_TINT_ALPHA = 0.35;

/** A fill pattern by the feature's colour slot: `${prefix}${slot % count}`. */
const slotPattern = (prefix: string, count: number): ExpressionSpecification => [
	'concat',
	prefix,
	['to-string', ['%', ['get', 'slot'], count]]
];

/**
 * The overlays' GeoJSON sources. Kinds of feature shown together share a source (each feature's
 * `part` says which layer draws it, map/parts.ts): fewer sources, fewer tiling jobs and rounds of
 * tiles before the first complete view. Layers off at the first view keep sources of their own, which
 * MapLibre does not tile while unused.
 */
export const OV = {
	/** The 三区三州 parts and the contiguous poverty areas, and their label points. */
	regions: 'ov-regions',
	/** The named units and their label points. */
	named: 'ov-named',
	villages: 'ov-villages',
	/** The symposia and the route between them. */
	symposia: 'ov-symposia',
	choropleth: 'ov-choropleth',
	/** The selected place's outline and the mask that dims the rest. */
	selection: 'ov-selection',
	counties: 'ov-counties'
} as const;

/** The parts of the shared overlay sources. */
export const OV_PART = {
	sanqu: 'sanqu',
	sanquLabel: 'sanqu-label',
	areas: 'areas',
	areaLabel: 'areas-label',
	named: 'named',
	namedLabel: 'named-label',
	symposium: 'symposium',
	route: 'route',
	selection: 'selection',
	mask: 'mask'
} as const;

const slotColour = (colours: readonly string[]): ExpressionSpecification => [
	'to-color',
	['at', ['%', ['get', 'slot'], colours.length], ['literal', [...colours]]]
];

/**
 * A partly sourced area is outlined dashed: its drawn extent is not the whole area. Features without
 * `partial` (the 三区三州 parts) are solid.
 */
const PARTIAL_DASH: ExpressionSpecification = [
	'case',
	['==', ['get', 'partial'], true],
	['literal', [2, 1.5]],
	['literal', [1, 0]]
];

/**
 * An overlay label. It may move off its point (variable anchor) where the centre collides with
 * another label; the region labels are also placed before the province labels (`below: null`), as the
 * longer English names were otherwise dropped where the Chinese ones fit (issue 11 §4).
 */
const label = (size: number, colour: string) => ({
	layout: {
		'text-field': ['get', 'label'] as ExpressionSpecification,
		'text-font': CJK_FONT_STACK,
		'text-size': size,
		'text-padding': 2,
		'text-max-width': 8,
		'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'] as (
			'center' | 'top' | 'bottom' | 'left' | 'right'
		)[],
		'text-radial-offset': 0.6
	},
	paint: { 'text-color': colour, 'text-halo-color': '#ffffff', 'text-halo-width': 1.8 }
});

type OverlayLayer = {
	layer: LayerId | 'always';
	/** The base layer it goes under; `null`: on top, so its labels are placed before the provinces'. */
	below: 'county-line' | 'province-label' | null;
	spec: LayerSpecification;
};

/**
 * Overlay fills are drawn without MapLibre's antialiased outline pass (`fill-antialias: false`): each
 * has its own line layer on top (or needs no edge: the dimming mask, the hit layer), and the outline
 * pass costs a shader program of its own per kind of fill (data-driven colour, hatch pattern), which
 * a software-rendered first view pays for in shader linking (scripts/bench/README-bench.md).
 */
function noOutlinePass(layers: OverlayLayer[]): OverlayLayer[] {
	return layers.map((l) =>
		l.spec.type === 'fill'
			? { ...l, spec: { ...l.spec, paint: { 'fill-antialias': false, ...l.spec.paint } } }
			: l
	);
}

/** Layer specs by the LayerId that shows them; `below` = the base layer they go under. */
export const OVERLAY_LAYERS: OverlayLayer[] = noOutlinePass([
	{
		layer: 'choropleth',
		below: 'county-line',
		spec: {
			id: 'choropleth-fill',
			type: 'fill',
			source: OV.choropleth,
			paint: {
				'fill-color': ['to-color', ['at', ['get', 'cls'], ['literal', [...CHOROPLETH]]]],
				'fill-opacity': 0.85
			}
		}
	},
	{
		layer: 'poverty832',
		below: 'county-line',
		spec: {
			id: 'poverty832-fill',
			type: 'fill',
			source: OV.counties,
			filter: ['has', 'exit_year'],
			paint: {
				// Counties still on the list at the slider's year are dark; those that left, by their year.
				'fill-color': EXIT_COLOUR_EXPRESSION,
				'fill-opacity': 0.8
			}
		}
	},
	{
		layer: 'areas',
		below: 'county-line',
		spec: {
			id: 'areas-fill',
			type: 'fill',
			source: OV.regions,
			filter: partIs(OV_PART.areas),
			// Stripes, not a tint: an area over a 三区三州 part keeps both colours readable.
			paint: { 'fill-pattern': slotPattern(AREA_HATCH_PREFIX, AREA_COLOURS.length) }
		}
	},
	{
		layer: 'sanqu',
		below: 'county-line',
		spec: {
			id: 'sanqu-fill',
			type: 'fill',
			source: OV.regions,
			filter: partIs(OV_PART.sanqu),
			// A tint drawn as a pattern (one shader program with the areas' hatch).
			paint: { 'fill-pattern': slotPattern(SANQU_TINT_PREFIX, SANQU_COLOURS.length) }
		}
	},
	{
		layer: 'unexited52',
		below: 'county-line',
		spec: {
			id: 'unexited52-fill',
			type: 'fill',
			source: OV.counties,
			filter: ['==', ['get', 'u52'], true],
			paint: { 'fill-color': UNEXITED_52, 'fill-opacity': 0.7 }
		}
	},
	{
		layer: 'named',
		below: 'county-line',
		spec: {
			id: 'named-fill',
			type: 'fill',
			source: OV.named,
			filter: partIs(OV_PART.named),
			paint: { 'fill-color': NAMED, 'fill-opacity': 0.08 }
		}
	},
	{
		// Invisible: lets a reader click any county once zoomed in.
		layer: 'always',
		below: 'county-line',
		spec: {
			id: 'counties-hit',
			type: 'fill',
			source: OV.counties,
			minzoom: 6.5,
			paint: { 'fill-color': '#000', 'fill-opacity': 0 }
		}
	},
	{
		layer: 'areas',
		below: 'province-label',
		spec: {
			id: 'areas-line',
			type: 'line',
			source: OV.regions,
			filter: partIs(OV_PART.areas),
			paint: {
				'line-color': slotColour(AREA_COLOURS),
				'line-width': 2,
				'line-dasharray': PARTIAL_DASH
			}
		}
	},
	{
		layer: 'sanqu',
		below: 'province-label',
		spec: {
			id: 'sanqu-line',
			type: 'line',
			source: OV.regions,
			filter: partIs(OV_PART.sanqu),
			// The same dash rule as the areas (no 三区三州 part is partial, so solid): one shader program
			// for both outlines instead of two (issue 12).
			paint: { 'line-color': slotColour(SANQU_COLOURS), 'line-width': 2.5, 'line-dasharray': PARTIAL_DASH }
		}
	},
	{
		layer: 'unexited52',
		below: 'province-label',
		spec: {
			id: 'unexited52-line',
			type: 'line',
			source: OV.counties,
			filter: ['==', ['get', 'u52'], true],
			paint: { 'line-color': '#5b1a18', 'line-width': 0.8, 'line-dasharray': SOLID }
		}
	},
	{
		layer: 'named',
		below: 'province-label',
		spec: {
			id: 'named-line',
			type: 'line',
			source: OV.named,
			filter: partIs(OV_PART.named),
			paint: { 'line-color': NAMED, 'line-width': 1.6, 'line-dasharray': SOLID }
		}
	},
	{
		layer: 'always',
		below: 'province-label',
		// The selection is not tinted (a tint over the overlays' colours turns them muddy): the rest
		// of the map is dimmed instead, and the outline has a white casing.
		spec: {
			id: 'selection-mask',
			type: 'fill',
			source: OV.selection,
			filter: partIs(OV_PART.mask),
			paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.55 }
		}
	},
	{
		layer: 'always',
		below: 'province-label',
		spec: {
			id: 'selection-casing',
			type: 'line',
			source: OV.selection,
			filter: partIs(OV_PART.selection),
			layout: { 'line-join': 'round' },
			paint: { 'line-color': '#ffffff', 'line-width': 7, 'line-opacity': 0.9, 'line-dasharray': SOLID }
		}
	},
	{
		layer: 'always',
		below: 'province-label',
		spec: {
			id: 'selection-line',
			type: 'line',
			source: OV.selection,
			filter: partIs(OV_PART.selection),
			layout: { 'line-join': 'round' },
			paint: { 'line-color': SELECTION, 'line-width': 3.5, 'line-dasharray': SOLID }
		}
	},
	{
		layer: 'symposia',
		below: 'province-label',
		spec: {
			id: 'symposia-line',
			type: 'line',
			source: OV.symposia,
			filter: partIs(OV_PART.route),
			paint: { 'line-color': SYMPOSIUM, 'line-width': 2, 'line-dasharray': [3, 2], 'line-opacity': 0.8 }
		}
	},
	{
		layer: 'villages',
		below: 'province-label',
		spec: {
			// A glyph, not a circle layer: drawn with the labels' shader program (a circle layer
			// compiles one of its own; scripts/bench/README-bench.md). Approximate positions (placed
			// at the county) are hollow.
			id: 'villages-marker',
			type: 'symbol',
			source: OV.villages,
			layout: {
				'text-field': ['case', ['get', 'approximate'], '○', '●'],
				'text-font': CJK_FONT_STACK,
				'text-size': 18,
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: { 'text-color': VILLAGE, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 }
		}
	},
	{
		layer: 'symposia',
		below: 'province-label',
		spec: {
			id: 'symposia-circle',
			type: 'circle',
			source: OV.symposia,
			filter: partIs(OV_PART.symposium),
			paint: {
				'circle-radius': 11,
				'circle-color': SYMPOSIUM,
				'circle-stroke-color': '#fff',
				'circle-stroke-width': 2
			}
		}
	},
	{
		layer: 'symposia',
		below: 'province-label',
		spec: {
			id: 'symposia-number',
			type: 'symbol',
			source: OV.symposia,
			filter: partIs(OV_PART.symposium),
			layout: {
				'text-field': ['to-string', ['get', 'number']],
				'text-font': CJK_FONT_STACK,
				'text-size': 13,
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: { 'text-color': '#ffffff' }
		}
	},
	{
		layer: 'symposia',
		below: 'province-label',
		spec: {
			id: 'symposia-label',
			type: 'symbol',
			source: OV.symposia,
			filter: partIs(OV_PART.symposium),
			layout: {
				'text-field': ['concat', ['get', 'name'], ' ', ['slice', ['get', 'date'], 0, 4]],
				'text-font': CJK_FONT_STACK,
				'text-size': 13,
				'text-offset': [0, 1.5],
				'text-anchor': 'top'
			},
			paint: { 'text-color': SYMPOSIUM, 'text-halo-color': '#fff', 'text-halo-width': 1.8 }
		}
	},
	{
		layer: 'sanqu',
		below: null,
		spec: {
			id: 'sanqu-label',
			type: 'symbol',
			source: OV.regions,
			filter: partIs(OV_PART.sanquLabel),
			...label(14, '#3b3129')
		}
	},
	{
		layer: 'areas',
		below: null,
		spec: {
			id: 'areas-label',
			type: 'symbol',
			source: OV.regions,
			filter: partIs(OV_PART.areaLabel),
			...label(12, '#2b241e')
		}
	},
	{
		layer: 'named',
		below: 'province-label',
		spec: {
			id: 'named-label',
			type: 'symbol',
			source: OV.named,
			filter: partIs(OV_PART.namedLabel),
			minzoom: 4.5,
			...label(12, NAMED)
		}
	},
	{
		layer: 'villages',
		below: 'province-label',
		spec: {
			id: 'villages-label',
			type: 'symbol',
			source: OV.villages,
			minzoom: 5,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': CJK_FONT_STACK,
				'text-size': 12,
				'text-offset': [0, 1.1],
				'text-anchor': 'top'
			},
			paint: { 'text-color': '#1b5e20', 'text-halo-color': '#fff', 'text-halo-width': 1.8 }
		}
	}
]);

type SymbolTextField = NonNullable<NonNullable<SymbolLayerSpecification['layout']>['text-field']>;

/** The name properties a label reads, and their English twins on the same features. */
const ENGLISH_TWIN: Readonly<Record<string, string>> = { name: 'name_en', label: 'label_en' };

/**
 * A label layer's `text-field` in a language: in English every `['get', 'name' | 'label']` reads the
 * feature's `name_en` / `label_en` instead (the rest of the expression, e.g. the year, is kept).
 */
export function localizedTextField<T>(field: T, lang: Lang): T {
	if (lang === 'zh' || !Array.isArray(field)) return field;
	if (field.length === 2 && field[0] === 'get' && Object.hasOwn(ENGLISH_TWIN, field[1] as string))
		return ['get', ENGLISH_TWIN[field[1] as string]] as T;
	return field.map((x: unknown) => localizedTextField(x, lang)) as T;
}

/** The overlay layers that draw text from place names, with their Chinese `text-field`. */
export const LABEL_LAYERS: { id: string; textField: SymbolTextField }[] = OVERLAY_LAYERS.flatMap(
	({ spec }) =>
		spec.type === 'symbol' && spec.layout?.['text-field'] !== undefined
			? [{ id: spec.id, textField: spec.layout['text-field'] }]
			: []
);

/**
 * The layer an overlay layer is inserted before when it is added on its own (its source is created
 * with its first data, which for most layers off at the first view comes later): the first layer
 * after it in OVERLAY_LAYERS that goes under the same base layer and is already in the map, else its
 * base layer (`undefined`: on top). Whatever order they are added in, the overlays end up in the
 * order of OVERLAY_LAYERS.
 */
export function insertBefore(i: number, inMap: (id: string) => boolean): string | undefined {
	const { below } = OVERLAY_LAYERS[i];
	const next = OVERLAY_LAYERS.slice(i + 1).find((l) => l.below === below && inMap(l.spec.id));
	return next?.spec.id ?? below ?? undefined;
}

/** Layers a click can select something on, topmost first. */
export const INTERACTIVE_LAYERS = [
	'symposia-circle',
	'villages-marker',
	'named-fill',
	'unexited52-fill',
	'sanqu-fill',
	'areas-fill',
	'poverty832-fill',
	'counties-hit',
	'province-fill'
];
