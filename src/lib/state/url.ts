/**
 * The URL is the state of the explore screen: parseState reads a query string into an ExploreState,
 * ignoring (with a Notice) anything it cannot use, and never throws; serializeState writes the
 * canonical query string, leaving out every value that equals the default.
 *
 * Params, in the order serializeState writes them:
 *   doc=a,b  dockind=speech  year=2015  kind=county,village  layers=sanqu,areas (empty = none)
 *   place=liangshan  view=lng,lat,zoom  exit=2016  prov=1  lang=en
 */
import {
	DEFAULT_LAYERS,
	DOC_KINDS,
	EXIT_YEAR_MAX,
	EXIT_YEAR_MIN,
	LAYER_IDS,
	NOTICE_VALUE_MAX,
	PARAMS_MAX,
	PLACE_KIND_FILTERS,
	QUERY_MAX,
	VALUE_MAX,
	VIEW_BOUNDS,
	YEAR_MAX,
	YEAR_MIN,
	defaultState,
	type ExploreState,
	type MapViewState,
	type Notice,
	type NoticeReason,
	type ParseContext,
	type ParseResult
} from './types';
import type { Lang } from '../i18n/types';

export * from './types';

export const PARAM_NAMES = [
	'doc',
	'dockind',
	'year',
	'kind',
	'layers',
	'place',
	'view',
	'exit',
	'prov',
	'lang'
] as const;
export type ParamName = (typeof PARAM_NAMES)[number];

/** Decimals kept in the URL for each part of the view. */
const VIEW_DECIMALS: Record<keyof MapViewState, number> = { lng: 4, lat: 4, zoom: 2 };

const INTEGER = /^-?(?:0|[1-9]\d{0,8})$/;
const DECIMAL = /^-?(?:0|[1-9]\d{0,8})(?:\.\d{1,12})?$/;

type Note = (param: string, value: string, reason: NoticeReason) => void;

export function parseState(search: string | URLSearchParams, ctx: ParseContext): ParseResult {
	const notices: Notice[] = [];
	const note: Note = (param, value, reason) =>
		notices.push({ param: shorten(param), value: shorten(value), reason });
	const state = defaultState();
	const seen = new Set<string>();
	for (const [key, value] of readEntries(search, note)) {
		if (!isParamName(key)) {
			note(key, value, 'unknown-param');
			continue;
		}
		if (seen.has(key)) {
			note(key, value, 'duplicate');
			continue;
		}
		seen.add(key);
		if (value.length > VALUE_MAX) {
			note(key, value, 'too-long');
			continue;
		}
		try {
			applyParam(state, key, value, ctx, note);
		} catch {
			// A throwing placeIds predicate (or a bug here) costs this param only.
			note(key, value, 'malformed');
		}
	}
	return { state, notices };
}

export function serializeState(state: ExploreState): QueryString {
	const parts: string[] = [];
	if (state.docs !== null) parts.push('doc=' + encodeList(unique(state.docs)));
	if (state.docKinds !== null) parts.push('dockind=' + encodeList(inOrder(state.docKinds, DOC_KINDS)));
	if (state.year !== null) parts.push(`year=${state.year}`);
	if (state.kinds !== null) parts.push('kind=' + encodeList(inOrder(state.kinds, PLACE_KIND_FILTERS)));
	const layers = inOrder(state.layers, LAYER_IDS);
	if (!sameList(layers, DEFAULT_LAYERS)) parts.push('layers=' + encodeList(layers));
	if (state.place !== null) parts.push('place=' + encodeURIComponent(state.place));
	if (state.view !== null) {
		const { lng, lat, zoom } = state.view;
		parts.push(
			`view=${fixed(lng, VIEW_DECIMALS.lng)},${fixed(lat, VIEW_DECIMALS.lat)},${fixed(zoom, VIEW_DECIMALS.zoom)}`
		);
	}
	if (state.exitYear !== null) parts.push(`exit=${state.exitYear}`);
	if (state.provinces) parts.push('prov=1');
	if (state.lang !== 'zh') parts.push(`lang=${state.lang}`);
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** A query string as serializeState writes it: empty, or `?` and the parameters. */
export type QueryString = '' | `?${string}`;

/** A `lang` value the app knows, else null. */
function readLang(value: string | null): Lang | null {
	return value === 'zh' || value === 'en' ? value : null;
}

/**
 * The interface language of a page other than the explore page (reader, place page, presentation,
 * error page), read from its address as the explore page reads `lang`; Chinese when absent or unknown.
 */
export function pageLang(search: string | URLSearchParams): Lang {
	return readLang(new URLSearchParams(search).get('lang')) ?? 'zh';
}

/** The query string that keeps the reader's language on a link to another page ('' in Chinese). */
export function langQuery(lang: Lang): QueryString {
	return serializeState({ ...defaultState(), lang });
}

/** The explore page's query string that opens on one place, in the reader's language. */
export function placeQuery(place: string, lang: Lang): QueryString {
	return serializeState({ ...defaultState(), place, lang });
}

/** A view rounded as the URL keeps it (lng/lat to 4 decimals, zoom to 2). */
export function roundView(v: MapViewState): MapViewState {
	return {
		lng: round(v.lng, VIEW_DECIMALS.lng),
		lat: round(v.lat, VIEW_DECIMALS.lat),
		zoom: round(v.zoom, VIEW_DECIMALS.zoom)
	};
}

/** Whether two views are the same once rounded as the URL keeps them. */
export function sameView(a: MapViewState, b: MapViewState): boolean {
	const [x, y] = [roundView(a), roundView(b)];
	return x.lng === y.lng && x.lat === y.lat && x.zoom === y.zoom;
}

/**
 * The map view a link carries (its `view` parameter), or null. Needs no data, so the map can start
 * on it before the rest of the state can be parsed; parseState reads the same value.
 */
export function linkView(search: string): MapViewState | null {
	return parseState(search, { docIds: [], placeIds: () => false }).state.view;
}

/** The decoded key/value pairs, capped in total length and count (with a notice), never throwing. */
function readEntries(search: string | URLSearchParams, note: Note): [string, string][] {
	let params: URLSearchParams;
	try {
		if (typeof search === 'string') {
			let text = search;
			if (text.length > QUERY_MAX) {
				// Cut at a '&' so that no parameter is read half (doc=a,b cut to doc=a would be valid).
				const cut = text.lastIndexOf('&', QUERY_MAX);
				note('?', text.slice(Math.max(cut, 0), Math.max(cut, 0) + NOTICE_VALUE_MAX), 'too-long');
				text = cut > 0 ? text.slice(0, cut) : '';
			}
			params = new URLSearchParams(text);
		} else {
			params = search;
		}
		const entries: [string, string][] = [];
		let count = 0;
		for (const entry of params) {
			if (++count > PARAMS_MAX) continue;
			entries.push(entry);
		}
		if (count > PARAMS_MAX) note('?', `+${count - PARAMS_MAX}`, 'too-long');
		return entries;
	} catch {
		note('?', typeof search === 'string' ? search : '', 'malformed');
		return [];
	}
}

function isParamName(key: string): key is ParamName {
	return (PARAM_NAMES as readonly string[]).includes(key);
}

function applyParam(state: ExploreState, key: ParamName, value: string, ctx: ParseContext, note: Note): void {
	switch (key) {
		case 'doc': {
			const known = new Set(ctx.docIds);
			const docs = parseList(key, value, ctx.docIds, (id) => known.has(id), note);
			if (docs) state.docs = docs;
			return;
		}
		case 'dockind': {
			const kinds = parseList(key, value, DOC_KINDS, undefined, note);
			if (kinds) state.docKinds = kinds;
			return;
		}
		case 'kind': {
			const kinds = parseList(key, value, PLACE_KIND_FILTERS, undefined, note);
			if (kinds) state.kinds = kinds;
			return;
		}
		case 'layers': {
			const layers = parseList(key, value, LAYER_IDS, undefined, note);
			if (layers) state.layers = layers;
			return;
		}
		case 'year': {
			const year = parseInteger(key, value, YEAR_MIN, YEAR_MAX, note);
			if (year !== undefined) state.year = year;
			return;
		}
		case 'exit': {
			const year = parseInteger(key, value, EXIT_YEAR_MIN, EXIT_YEAR_MAX, note);
			if (year !== undefined) state.exitYear = year;
			return;
		}
		case 'place': {
			if (value === '') note(key, value, 'malformed');
			else if (!isKnownPlace(ctx, value)) note(key, value, 'unknown-id');
			else state.place = value;
			return;
		}
		case 'view': {
			const view = parseView(value, note);
			if (view) state.view = view;
			return;
		}
		case 'prov': {
			// Include the province's passages in the popup: 1 (0 is the default, accepted too).
			if (value === '1' || value === '0') state.provinces = value === '1';
			else note(key, value, 'malformed');
			return;
		}
		case 'lang': {
			const lang = readLang(value);
			if (lang) state.lang = lang;
			else note(key, value, value === '' ? 'malformed' : 'unknown-id');
			return;
		}
	}
}

/**
 * A comma list of known ids, returned in `order` without duplicates. '' is the empty list
 * (explicitly none); a list whose every item was rejected returns undefined (default kept).
 */
function parseList<T extends string>(
	param: string,
	value: string,
	order: readonly T[],
	isKnown: ((id: string) => boolean) | undefined,
	note: Note
): T[] | undefined {
	if (value === '') return [];
	const known = isKnown ?? ((id: string) => (order as readonly string[]).includes(id));
	const picked = new Set<string>();
	for (const item of value.split(',')) {
		if (item === '') note(param, value, 'malformed');
		else if (!known(item)) note(param, item, 'unknown-id');
		else if (picked.has(item)) note(param, item, 'duplicate');
		else picked.add(item);
	}
	if (picked.size === 0) return undefined;
	return order.filter((id) => picked.has(id));
}

function parseInteger(
	param: string,
	value: string,
	min: number,
	max: number,
	note: Note
): number | undefined {
	if (!INTEGER.test(value)) {
		note(param, value, 'malformed');
		return undefined;
	}
	const n = Number(value);
	if (n < min || n > max || Object.is(n, -0)) {
		note(param, value, 'out-of-range');
		return undefined;
	}
	return n;
}

function parseView(value: string, note: Note): MapViewState | undefined {
	const parts = value.split(',');
	if (parts.length !== 3 || !parts.every((p) => DECIMAL.test(p))) {
		note('view', value, 'malformed');
		return undefined;
	}
	const [lng, lat, zoom] = parts.map(Number);
	const view = roundView({ lng, lat, zoom });
	for (const k of ['lng', 'lat', 'zoom'] as const) {
		const [min, max] = VIEW_BOUNDS[k];
		if (!(view[k] >= min && view[k] <= max)) {
			note('view', value, 'out-of-range');
			return undefined;
		}
	}
	return view;
}

function isKnownPlace(ctx: ParseContext, id: string): boolean {
	return typeof ctx.placeIds === 'function' ? ctx.placeIds(id) === true : ctx.placeIds.has(id);
}

function round(n: number, decimals: number): number {
	const f = 10 ** decimals;
	const r = Math.round(n * f) / f;
	return Object.is(r, -0) ? 0 : r;
}

function fixed(n: number, decimals: number): string {
	return String(round(n, decimals));
}

function encodeList(ids: readonly string[]): string {
	return ids.map(encodeURIComponent).join(',');
}

function unique<T>(items: readonly T[]): T[] {
	return [...new Set(items)];
}

function inOrder<T extends string>(items: readonly T[], order: readonly T[]): T[] {
	return order.filter((id) => items.includes(id));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** At most NOTICE_VALUE_MAX characters, without splitting a surrogate pair. */
function shorten(text: string): string {
	if (text.length <= NOTICE_VALUE_MAX) return text;
	let end = NOTICE_VALUE_MAX;
	const last = text.charCodeAt(end - 1);
	if (last >= 0xd800 && last <= 0xdbff) end -= 1;
	return text.slice(0, end) + '…';
}
