/**
 * The ingested documents, discovered at build time: every src/content/documents/*.json
 * (written by `npm run ingest`). Adding a speech needs no code change here. Pure except for
 * the Vite glob, so it runs in the site, in prerendered endpoints and in Vitest (not in tsx).
 */
import type { SpeechDocument } from './types';

const modules = import.meta.glob<SpeechDocument>('/src/content/documents/*.json', {
	eager: true,
	import: 'default'
});

function check(path: string, doc: SpeechDocument): SpeechDocument {
	const file = path
		.split('/')
		.pop()!
		.replace(/\.json$/, '');
	if (doc.schema !== 1) throw new Error(`${path}: unknown document schema ${String(doc.schema)}`);
	if (doc.id !== file) throw new Error(`${path}: id "${doc.id}" does not match the file name`);
	return doc;
}

/** Every document, by date then id. */
export const documents: readonly SpeechDocument[] = Object.entries(modules)
	.map(([path, doc]) => check(path, doc))
	.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

export function getDocument(id: string): SpeechDocument | undefined {
	return documents.find((d) => d.id === id);
}
