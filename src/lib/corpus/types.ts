/**
 * The document schema the site uses (one JSON file per document under src/content/documents/,
 * and published at /data/speeches/{id}.json). Written by `npm run ingest`; read by the site,
 * the matcher and the tests. Pure types: no Svelte, no DOM.
 */

export type DocumentKind = 'speech' | 'report';

export interface DocumentMeta {
	/** Stable ASCII id, e.g. `2017-06-23-taiyuan`. Used in URLs (/read/{id}). */
	id: string;
	title: string;
	/** The title in English, shown in the English UI (the text itself stays as received). */
	title_en?: string;
	/** ISO date YYYY-MM-DD of the speech or report. */
	date: string;
	kind: DocumentKind;
	speaker?: string;
	/** Gazetteer id of the place where it was given (e.g. `taiyuan`). */
	venue?: string;
	/** One line naming where the text comes from (publication, date). */
	source: string;
}

export interface Section {
	/** `s0` is the untitled opening; `s1`, `s2`, … follow in reading order. */
	id: string;
	/** Heading exactly as in the text (e.g. `一、我国脱贫攻坚取得决定性成就`), or null for `s0`. */
	heading: string | null;
}

export interface Paragraph {
	/** `p1`, `p2`, … in reading order; stable for a given source text. */
	id: string;
	/** Id of the section the paragraph belongs to. */
	section: string;
	/** The paragraph text, layout removed, otherwise verbatim. */
	text: string;
}

/** The title / date / author block as it stands in the text (verbatim, layout removed). */
export interface TitleBlock {
	title: string;
	/** The date line as printed, e.g. `（2017年6月23日）`. */
	date: string;
	author?: string;
}

export interface SpeechDocument extends DocumentMeta {
	/** Schema version of this JSON, bumped on incompatible change. */
	schema: 1;
	sections: Section[];
	paragraphs: Paragraph[];
	/** The title block found in the text, if any (kept as metadata, not as a paragraph). */
	titleBlock?: TitleBlock;
	/** A closing dateline such as `（新华社北京8月31日电）`, kept verbatim (not a paragraph). */
	dateline?: string;
	/** A continuation marker such as `【紧接第1版】` that opened the text (a report split off a page). */
	continuation?: string;
}

/**
 * The metadata file kept beside each raw text (`src/content/speeches/<id>.meta.json`); `npm run
 * ingest:all` turns each pair into documents. Fields as in DocumentMeta, plus the split-off report's
 * id and title where the text holds one, and the name of the seed file the text was copied from.
 */
export interface SpeechMeta extends DocumentMeta {
	seed?: string;
	reportId?: string;
	reportTitle?: string;
	reportTitle_en?: string;
}

/**
 * Passage index (built by passages.ts, published at /data/index.json): for each place, the
 * passages that name it, directly or through a region it belongs to.
 */
export interface Passage {
	doc: string;
	paragraph: string;
	/** UTF-16 offsets of the excerpt in the paragraph text, end exclusive. */
	start: number;
	end: number;
	/** The excerpt: exactly paragraph.text.slice(start, end) — one or more whole sentences. */
	text: string;
}

export interface PassageRef {
	/** Index into PassageIndex.passages. */
	passage: number;
	/** [start, end) of each mention of the place inside the excerpt text. */
	mentions: [number, number][];
	/** Year of the event the sentence talks about, when it differs from the document's year. */
	year?: number;
}

export interface PassageIndex {
	schema: 1;
	documents: { id: string; title: string; title_en?: string; date: string; kind: DocumentKind }[];
	passages: Passage[];
	places: Record<
		string,
		{
			/** Passages that name the place itself (or the same territory under another id: `same_as`). */
			direct: PassageRef[];
			/**
			 * Containing places (smallest first) whose passages this place inherits: prefectures, target
			 * regions, groups; only ones with passages. Never a province (see `provinces`).
			 */
			via?: string[];
			/** Containing provinces with passages: they reach the place only when the reader asks. */
			provinces?: string[];
		}
	>;
	/**
	 * For county codes from the geodata that are not gazetteer places: which places with passages
	 * are drawn with a code (`codes`: 6-digit code → ids; prefixes give the province and prefecture
	 * of any county), and the member county codes of each area or group with passages (`members`:
	 * place id → codes, smallest area first). See regionsForCode.
	 */
	codes: Record<string, string[]>;
	members: Record<string, string[]>;
}

/** One passage of a place, expanded for display (passagesForPlace). */
export interface PlacePassage extends PassageRef {
	/** Set when the passage names a region containing the place, not the place itself. */
	via?: string;
}
