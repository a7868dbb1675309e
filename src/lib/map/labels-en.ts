/**
 * English labels of the base map. The code → English table (geodata/labels-en.json, built by
 * `npm run labels:build`) is its own chunk, fetched the first time a reader switches to English, so
 * the first load of the Chinese map does not carry it.
 * https://maplibre.org/maplibre-style-spec/expressions/#match
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/types';

export type LabelTable = Readonly<Record<string, string>>;

let pending: Promise<LabelTable> | undefined;

/** The table, loaded once. */
export function loadEnglishLabels(): Promise<LabelTable> {
	pending ??= import('../../../geodata/labels-en.json').then((m) => m.default as LabelTable);
	pending.catch(() => (pending = undefined));
	return pending;
}

/**
 * The `text-field` of a label layer whose features carry `code` and `name`: the Chinese name, or in
 * English the table's label for the code (the Chinese name only for a code the table lacks).
 */
export function unitTextField(lang: Lang, table?: LabelTable): ExpressionSpecification {
	const name: ExpressionSpecification = ['get', 'name'];
	if (lang === 'zh' || !table) return name;
	const pairs = Object.entries(table).flat();
	return ['match', ['to-string', ['get', 'code']], ...pairs, name] as unknown as ExpressionSpecification;
}
