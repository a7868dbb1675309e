/**
 * The words of an exported slide, from the explore state: the title (the selected place, or the
 * app's title), a summary of the filters, the source line (the documents the map draws from, with
 * their dates), the attribution, and the file name. Pure.
 */
import { t, formatDate, formatYear, type Lang } from '../i18n';
import type { PassageIndex } from '../corpus/types';
import type { ExploreState } from '../state/types';
import { passageFilter } from '../explore/filter';
import { ATTRIBUTION } from '../map/attribution';
import type { SlideText } from './types';
import { docTitle } from '../corpus/docTitle';

export interface SlidePlace {
	name_zh: string;
	name_en: string;
}

/** The documents the filters let through (for a year, those with a passage of that year). */
export function sourceDocuments(
	index: PassageIndex,
	state: Pick<ExploreState, 'docs' | 'docKinds' | 'year'>
): PassageIndex['documents'] {
	const byDoc = index.documents.filter(
		(d) => (!state.docs || state.docs.includes(d.id)) && (!state.docKinds || state.docKinds.includes(d.kind))
	);
	if (state.year === null) return byDoc;
	const keep = passageFilter(index, state);
	const withPassage = new Set<string>();
	for (const entry of Object.values(index.places))
		for (const ref of entry.direct) if (keep(ref)) withPassage.add(index.passages[ref.passage].doc);
	return byDoc.filter((d) => withPassage.has(d.id));
}

const quoted = (lang: Lang, title: string) => (lang === 'zh' ? `《${title}》` : `“${title}”`);

/** The slide's title, filter summary, source line and attribution. */
export function slideText(
	index: PassageIndex,
	state: Pick<ExploreState, 'docs' | 'docKinds' | 'year' | 'lang'>,
	place: SlidePlace | null
): SlideText {
	const { lang } = state;
	const title = !place
		? t(lang, 'app.title')
		: lang === 'zh' || !place.name_en || place.name_en === place.name_zh
			? place.name_zh
			: `${place.name_en} · ${place.name_zh}`;
	const all = state.docs === null && state.docKinds === null;
	const docs = sourceDocuments(index, state);
	const chosen = index.documents.filter(
		(d) => (!state.docs || state.docs.includes(d.id)) && (!state.docKinds || state.docKinds.includes(d.kind))
	);
	const docSummary = all
		? t(lang, 'filter.allDocuments')
		: chosen.length === 0
			? t(lang, 'export.noDocs')
			: chosen.length === 1
				? quoted(lang, docTitle(chosen[0], lang))
				: t(lang, 'export.docCount', { n: chosen.length });
	const yearSummary =
		state.year === null
			? t(lang, 'filter.allYears')
			: `${t(lang, 'filter.year')}${lang === 'zh' ? '：' : ': '}${formatYear(lang, state.year)}`;
	const kind = (k: string) => t(lang, k === 'speech' ? 'filter.speech' : 'filter.report');
	const source = docs.length
		? t(lang, 'export.source', {
				docs: docs
					.map((d) => {
						const date = formatDate(lang, d.date);
						return lang === 'zh'
							? `${quoted(lang, docTitle(d, lang))}（${date}，${kind(d.kind)}）`
							: `${quoted(lang, docTitle(d, lang))} (${date}, ${kind(d.kind)})`;
					})
					.join(lang === 'zh' ? '；' : '; ')
			})
		: t(lang, 'export.sourceNone');
	return {
		title,
		subtitle: t(lang, 'export.filters', { docs: docSummary, year: yearSummary }),
		source,
		attribution: ATTRIBUTION
	};
}

/** `speech-atlas-<slug>-<w>x<h>.png`; the slug is the place's id (ASCII), or `china`. */
export function exportFileName(placeId: string | null, width: number, height: number): string {
	const slug =
		(placeId ?? 'china')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'place';
	return `speech-atlas-${slug}-${width}x${height}.png`;
}
