import type { Lang } from '../i18n/types';

/** A document's title in the UI language: its English title where it has one, else as received. */
export function docTitle(doc: { title: string; title_en?: string }, lang: Lang): string {
	return (lang === 'en' && doc.title_en) || doc.title;
}
