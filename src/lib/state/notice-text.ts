/** A short message, in the UI language, for a URL parameter that was ignored. */
import { t } from '../i18n/t';
import type { MessageKey } from '../i18n/strings';
import type { Lang } from '../i18n/types';
import type { Notice } from './types';

const WHAT: Readonly<Record<string, MessageKey>> = {
	doc: 'notice.what.doc',
	dockind: 'notice.what.dockind',
	kind: 'notice.what.kind',
	layers: 'notice.what.layers',
	place: 'notice.what.place',
	lang: 'notice.what.lang'
};

export function describeNotice(n: Notice, lang: Lang): string {
	// param '?' stands for the query as a whole (too long, too many parameters, unreadable); a
	// parameter actually named '?' is unknown, so it can only come with reason 'unknown-param'.
	if (n.param === '?' && n.reason === 'too-long') return t(lang, 'notice.queryTooLong');
	if (n.param === '?' && n.reason === 'malformed') return t(lang, 'notice.queryMalformed');
	const what = t(lang, Object.hasOwn(WHAT, n.param) ? WHAT[n.param] : 'notice.what.other');
	return t(lang, `notice.${n.reason}`, { param: n.param, value: n.value, what });
}
