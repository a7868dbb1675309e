/**
 * What the reader page gets from its prerendered load: plain data only (the gazetteer and the
 * geodata stay on the build side).
 */
import type { PlaceKind } from '$lib/gazetteer/types';
import type { DocumentKind, SpeechDocument } from '$lib/corpus/types';

/** One mention inside a paragraph: UTF-16 offsets into the paragraph text, end exclusive. */
export interface ReaderMention {
	start: number;
	end: number;
	place: string;
}

/** A place the document names, with what the reader shows of it. */
export interface ReaderPlace {
	id: string;
	name_zh: string;
	name_en: string;
	kind: PlaceKind;
	/** Label point [lon, lat], or null for places with no single position (areas, broad words). */
	at: [number, number] | null;
	/** True when the point stands for the county the place lies in, not the place itself. */
	approximate: boolean;
}

export interface ReaderDocRef {
	id: string;
	title: string;
	date: string;
	kind: DocumentKind;
}

export interface ReaderData {
	doc: SpeechDocument;
	/** Mentions by paragraph id, sorted by start, no overlaps. */
	mentions: Record<string, ReaderMention[]>;
	places: Record<string, ReaderPlace>;
	/** Every document, for the switcher. */
	documents: ReaderDocRef[];
}

/** A run of paragraph text: plain, or a mention of a place. */
export type Segment = { text: string; place?: undefined } | { text: string; place: string; index: number };
