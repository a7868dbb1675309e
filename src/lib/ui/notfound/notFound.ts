/**
 * What a 404 is about, from the route that failed: an unknown place, document, tour or stop, or an
 * address with no route at all. Pure: no Svelte, no DOM.
 */
import type { MessageKey } from '../../i18n/strings';

export interface NotFound {
	key: Extract<MessageKey, `notFound.${'page' | 'place' | 'doc' | 'tour' | 'stop'}`>;
	/** The id or path the message names. */
	id: string;
	/** For a stop: its tour. */
	tour?: string;
}

export function notFound(
	routeId: string | null,
	params: Record<string, string | undefined>,
	message: string | undefined,
	path: string
): NotFound {
	switch (routeId) {
		case '/place/[id]':
			return { key: 'notFound.place', id: params.id ?? '' };
		case '/read/[doc_id]':
			return { key: 'notFound.doc', id: params.doc_id ?? '' };
		case '/present/[tour]/[[stop]]':
			return params.stop && !/tour/.test(message ?? '')
				? { key: 'notFound.stop', id: params.stop, tour: params.tour }
				: { key: 'notFound.tour', id: params.tour ?? '' };
	}
	// A prerendered site knows only the pages it built, so a server answers an unknown id with no
	// route at all: read the kind of page from the path (`path` is relative to the base path).
	const [first, second, third, ...rest] = path.replace(/^\/+|\/+$/g, '').split('/');
	if (first === 'place' && second && !third) return { key: 'notFound.place', id: second };
	if (first === 'read' && second && !third) return { key: 'notFound.doc', id: second };
	if (first === 'present' && second && second !== 'place' && rest.length === 0)
		return third ? { key: 'notFound.stop', id: third, tour: second } : { key: 'notFound.tour', id: second };
	return { key: 'notFound.page', id: path };
}
