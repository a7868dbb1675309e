/**
 * The state of the explore screen, as the URL carries it (see url.ts). Pure types and constants:
 * no Svelte, no DOM.
 */
import type { Lang } from '../i18n/types';
import type { PlaceKind } from '../gazetteer/types';
import { PLACE_KINDS } from '../gazetteer/validate';

/** Map layers that can be switched on and off, in their canonical (URL and legend) order. */
export const LAYER_IDS = [
	'sanqu',
	'areas',
	'unexited52',
	'poverty832',
	'named',
	'villages',
	'symposia',
	'choropleth'
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Kinds of place a reader can filter by: the gazetteer's PlaceKind, in the same order. */
export const PLACE_KIND_FILTERS = PLACE_KINDS;
export type PlaceKindFilter = PlaceKind;

export const DOC_KINDS = ['speech', 'report'] as const;
export type DocKindFilter = (typeof DOC_KINDS)[number];

export interface MapViewState {
	lng: number;
	lat: number;
	zoom: number;
}

export interface ExploreState {
	/** null = all documents; else the selected doc ids, in the order of the known list ([] = none). */
	docs: string[] | null;
	/** null = all kinds of document; else in DOC_KINDS order. */
	docKinds: DocKindFilter[] | null;
	/** Document year or the year of an event a passage recounts; null = all years. */
	year: number | null;
	/** null = all kinds of place; else in PLACE_KIND_FILTERS order. */
	kinds: PlaceKindFilter[] | null;
	/** Visible layers, in LAYER_IDS order ([] = none visible). */
	layers: LayerId[];
	/** Selected gazetteer place id. */
	place: string | null;
	/** Map view (lng/lat rounded to 4 decimals, zoom to 2); null = the default view. */
	view: MapViewState | null;
	/** Year of the 832-county slider (EXIT_YEAR_MIN..EXIT_YEAR_MAX); null = off / latest. */
	exitYear: number | null;
	/** Whether the popup also quotes the passages naming the selected place's province (off by default). */
	provinces: boolean;
	lang: Lang;
}

/** What the ids in a URL are checked against. */
export interface ParseContext {
	docIds: readonly string[];
	placeIds: ReadonlySet<string> | ((id: string) => boolean);
}

export type NoticeReason =
	| 'unknown-param'
	| 'malformed'
	| 'unknown-id'
	| 'out-of-range'
	| 'duplicate'
	/** (added) a value or the whole query longer than the parser reads */
	| 'too-long';

/** Something in the URL that was ignored, for a small message to the reader. */
export interface Notice {
	param: string;
	/** The offending value (or list item), shortened to NOTICE_VALUE_MAX characters. */
	value: string;
	reason: NoticeReason;
}

export interface ParseResult {
	state: ExploreState;
	notices: Notice[];
}

export const YEAR_MIN = 1949;
export const YEAR_MAX = 2100;
export const EXIT_YEAR_MIN = 2014;
export const EXIT_YEAR_MAX = 2020;
export const VIEW_BOUNDS = {
	lng: [60, 150],
	lat: [0, 60],
	zoom: [2, 11]
} as const satisfies Record<keyof MapViewState, readonly [number, number]>;

/** Characters read from one parameter value; longer values are ignored with a notice. */
export const VALUE_MAX = 2000;
/** Characters read from the whole query string; the rest is dropped with a notice. */
export const QUERY_MAX = 20000;
/** Parameters read from one query string; the rest are dropped with one notice. */
export const PARAMS_MAX = 100;
export const NOTICE_VALUE_MAX = 60;

export const DEFAULT_LAYERS: readonly LayerId[] = Object.freeze(['sanqu', 'areas', 'named', 'villages']);

/** A fresh default state (nothing filtered, default layers, default view, Chinese). */
export function defaultState(): ExploreState {
	return {
		docs: null,
		docKinds: null,
		year: null,
		kinds: null,
		layers: [...DEFAULT_LAYERS],
		place: null,
		view: null,
		exitYear: null,
		provinces: false,
		lang: 'zh'
	};
}

/** The default state, frozen (its layer list too): copy it, or call defaultState(), to change it. */
export const DEFAULT_STATE: Readonly<ExploreState> = Object.freeze({
	...defaultState(),
	layers: DEFAULT_LAYERS as LayerId[]
});
