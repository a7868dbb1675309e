import { IngestError } from './ingestError';
import type { IngestOptions } from './ingest';
import { isIsoDate } from './isoDate';
import type { SpeechMeta } from './types';

const REQUIRED = ['id', 'title', 'date', 'kind', 'source'] as const;
const OPTIONAL = [
	'title_en',
	'speaker',
	'venue',
	'seed',
	'reportId',
	'reportTitle',
	'reportTitle_en'
] as const;

/**
 * Check a parsed `<id>.meta.json` and return it typed; `file` names it in errors. The id must
 * match the file's own name, so a text and its metadata cannot drift apart.
 */
export function parseSpeechMeta(json: unknown, file: string): SpeechMeta {
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		throw new IngestError(file, 'metadata must be a JSON object');
	}
	const o = json as Record<string, unknown>;
	for (const k of Object.keys(o)) {
		if (!(REQUIRED as readonly string[]).includes(k) && !(OPTIONAL as readonly string[]).includes(k)) {
			throw new IngestError(file, `unknown metadata field "${k}"`);
		}
	}
	for (const k of [...REQUIRED, ...OPTIONAL]) {
		if (k in o && (typeof o[k] !== 'string' || o[k] === ''))
			throw new IngestError(file, `"${k}" must be a non-empty string`);
	}
	for (const k of REQUIRED) if (!(k in o)) throw new IngestError(file, `missing "${k}"`);
	const meta = o as unknown as SpeechMeta;
	if (meta.kind !== 'speech' && meta.kind !== 'report')
		throw new IngestError(file, `invalid kind "${meta.kind}"`);
	if (!isIsoDate(meta.date)) throw new IngestError(file, `invalid date "${meta.date}": expected YYYY-MM-DD`);
	const base = file.split(/[\\/]/).pop() ?? file;
	if (base !== `${meta.id}.meta.json`)
		throw new IngestError(file, `id "${meta.id}" does not match the file name`);
	return meta;
}

/** The ingest options that the metadata stands for, for the text file `textFile`. */
export function metaToOptions(meta: SpeechMeta, textFile: string): IngestOptions {
	return {
		file: textFile,
		id: meta.id,
		title: meta.title,
		titleEn: meta.title_en,
		date: meta.date,
		kind: meta.kind,
		speaker: meta.speaker,
		venue: meta.venue,
		source: meta.source,
		reportId: meta.reportId,
		reportTitle: meta.reportTitle,
		reportTitleEn: meta.reportTitle_en
	};
}
