import type { SpeechDocument } from './types';

/** The JSON text of a document as written to src/content/documents: tab-indented, one trailing newline. */
export function documentJson(doc: SpeechDocument): string {
	return `${JSON.stringify(doc, null, '\t')}\n`;
}
