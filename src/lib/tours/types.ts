/**
 * Tours: ordered stops for presentation mode, one JSON file per tour under src/content/tours/
 * (see the README there). A stop quotes the corpus by reference only — document, paragraph and
 * UTF-16 offsets — so the quote cannot drift from the ingested text. Pure types: no Svelte, no DOM.
 */
import type { LayerId } from '../state/types';
import type { DocumentMeta } from '../corpus/types';
import type { LonLat } from '../geo/types';

/** Text in both UI languages. */
export interface LocalText {
	zh: string;
	en: string;
}

/** Where the map looks: a centre and zoom, or the bounds of these gazetteer places. */
export type TourCamera = { center: LonLat; zoom: number } | { fit: string[] };

/** A quote by reference: `paragraph.text.slice(start, end)` of an ingested document. */
export interface TourPassageRef {
	doc: string;
	paragraph: string;
	/** UTF-16 offsets, end exclusive. */
	start: number;
	end: number;
}

export interface TourStop {
	title: LocalText;
	camera: TourCamera;
	/** Gazetteer place ids drawn highlighted (fill + thick outline). */
	highlight: string[];
	/** Context layers drawn faintly under the highlight (see src/content/tours/README.md). */
	layers?: LayerId[];
	passage: TourPassageRef;
	/**
	 * Gazetteer event id the stop is about. A quote from the speech given at that event may speak
	 * of it without naming its place (“今天这个座谈会”), so the event's place counts as mentioned.
	 */
	event?: string;
	note?: LocalText;
}

export interface Tour {
	/** ASCII id, the file name and the URL segment (/present/{id}). */
	id: string;
	title: LocalText;
	description: LocalText;
	stops: TourStop[];
}

/** One problem found in a tour file: where (JSON path) and what. */
export interface TourIssue {
	path: string;
	message: string;
}

/** A stop as presentation mode shows it: the reference resolved against the corpus. */
export interface ResolvedStop extends TourStop {
	/** Exactly paragraph.text.slice(start, end). */
	quote: string;
	/** True when the quote starts or ends inside a sentence (shown with an ellipsis outside the quote). */
	cutBefore: boolean;
	cutAfter: boolean;
	/** [start, end) inside `quote` of each mention of a highlighted place. */
	marks: [number, number][];
	document: CitedDocument;
}

/** The document a stop quotes, as its citation names it (the English title where it has one). */
export type CitedDocument = Pick<DocumentMeta, 'id' | 'title' | 'title_en' | 'date' | 'kind'>;

/** What the map draws for a place (see draw.ts). */
export interface PlaceDrawing {
	id: string;
	name_zh: string;
	name_en: string;
	/** Codes to draw (a province ends in 0000, a prefecture in 00, else a county). */
	codes: string[];
	point?: LonLat;
	/** Set for an area whose county list is not known complete: how many counties are drawn. */
	partial?: { drawn: number; official?: number };
	/**
	 * For a partial area: the provinces it is sourced to span (gazetteer `provinces_spanned`), so a
	 * stop can frame and name its whole extent while drawing only the sourced counties.
	 */
	spans?: { codes: string[]; names: LocalText[] };
}

/** One stop as the presentation page receives it. */
export interface PresentStop extends Omit<ResolvedStop, 'passage' | 'event'> {
	passage: TourPassageRef;
	/** [minLon, minLat, maxLon, maxLat] to fit, when the camera is a `fit` (precomputed at build when possible). */
	bounds?: [number, number, number, number];
	event?: { id: string; number?: number; date: string; title_zh: string; title_en: string };
}

/** Everything /present/{tour} needs, as plain data. */
export interface PresentData {
	id: string;
	title: LocalText;
	description: LocalText;
	stops: PresentStop[];
	/** Drawings of every place a stop highlights or fits, by id. */
	places: Record<string, PlaceDrawing>;
	/** County/unit codes of each context layer the stops use (`symposia` is drawn from `symposia`). */
	context: Partial<Record<LayerId, string[]>>;
	/** Numbered symposium sites, in date order, when a stop uses the `symposia` layer. */
	symposia: { number: number; point: LonLat; name_zh: string; name_en: string; date: string }[];
}
