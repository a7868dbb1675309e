import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/load';
import {
	DEFAULT_LAYERS,
	DEFAULT_STATE,
	DOC_KINDS,
	LAYER_IDS,
	PARAM_NAMES,
	PARAMS_MAX,
	PLACE_KIND_FILTERS,
	QUERY_MAX,
	VALUE_MAX,
	defaultState,
	langQuery,
	pageLang,
	parseState,
	placeQuery,
	serializeState,
	type ExploreState,
	type ParseContext
} from './url';
import { isValidState } from './valid';

// Real ids: the ingested documents (file order is not the known order, so sort as the app does, by date).
const DOC_DIR = new URL('../../content/documents/', import.meta.url);
const DOCS = readdirSync(DOC_DIR)
	.filter((f) => f.endsWith('.json'))
	.map((f) => JSON.parse(readFileSync(new URL(f, DOC_DIR), 'utf8')) as { id: string; date: string })
	.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
	.map((d) => d.id);
const PLACE_IDS = new Set(loadGazetteer().places.map((p) => p.id));
const PLACES = [...PLACE_IDS];
const ctx: ParseContext = { docIds: DOCS, placeIds: PLACE_IDS };

const parse = (q: string) => parseState(q, ctx);

/** mulberry32: a small seeded PRNG, so failures reproduce. */
function prng(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
	const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)];
	const chance = (p: number) => next() < p;
	const subset = <T>(xs: readonly T[]): T[] => xs.filter(() => chance(0.5));
	const shuffle = <T>(xs: readonly T[]): T[] => {
		const out = [...xs];
		for (let i = out.length - 1; i > 0; i--) {
			const j = int(0, i);
			[out[i], out[j]] = [out[j], out[i]];
		}
		return out;
	};
	return { next, int, pick, chance, subset, shuffle };
}
type Rng = ReturnType<typeof prng>;

describe('fixture ids', () => {
	it('the real corpus and gazetteer provide the ids the tests use', () => {
		expect(DOCS).toContain('2017-06-23-taiyuan');
		expect(DOCS.length).toBeGreaterThanOrEqual(3);
		expect(PLACE_IDS.has('liangshan')).toBe(true);
		expect(PLACE_IDS.size).toBeGreaterThan(50);
	});
});

describe('serializeState', () => {
	it('serializeState(DEFAULT_STATE) is the empty string', () => {
		expect(serializeState(DEFAULT_STATE)).toBe('');
		expect(serializeState(defaultState())).toBe('');
	});

	it('serializeState writes params in a stable order, leaving out defaults', () => {
		const s: ExploreState = {
			...defaultState(),
			lang: 'en',
			view: { lng: 103.5, lat: 28.1, zoom: 6.2 },
			place: 'liangshan',
			layers: ['areas', 'sanqu'],
			year: 2015,
			docs: ['2017-06-23-taiyuan', '2020-03-06-beijing']
		};
		expect(serializeState(s)).toBe(
			'?doc=2017-06-23-taiyuan,2020-03-06-beijing&year=2015&layers=sanqu,areas&place=liangshan&view=103.5,28.1,6.2&lang=en'
		);
	});

	it('serializeState writes empty lists as an empty value, and the default layers not at all', () => {
		expect(serializeState({ ...defaultState(), layers: [] })).toBe('?layers=');
		expect(serializeState({ ...defaultState(), docs: [] })).toBe('?doc=');
		expect(serializeState({ ...defaultState(), layers: [...DEFAULT_LAYERS].reverse() })).toBe('');
	});

	it('serializeState rounds the view to 4 decimals (2 for zoom)', () => {
		const s = { ...defaultState(), view: { lng: 103.123456, lat: 28.00001, zoom: 6.256 } };
		expect(serializeState(s)).toBe('?view=103.1235,28,6.26');
	});

	it('serializeState writes every param of a full state', () => {
		const s: ExploreState = {
			docs: [DOCS[0]],
			docKinds: ['report'],
			year: 2020,
			kinds: ['county', 'village'],
			layers: ['poverty832'],
			place: 'liangshan',
			view: { lng: 100, lat: 30, zoom: 4 },
			exitYear: 2016,
			provinces: true,
			lang: 'en'
		};
		const q = serializeState(s);
		expect([...new URLSearchParams(q).keys()]).toEqual([...PARAM_NAMES]);
	});
});

describe('parseState', () => {
	it('parseState of an empty query is the default state with no notice', () => {
		for (const q of ['', '?', '?&&', '&']) {
			expect(parse(q)).toEqual({ state: defaultState(), notices: [] });
		}
	});

	it('parseState reads every param', () => {
		const { state, notices } = parse(
			'?doc=2020-03-06-beijing,2017-06-23-taiyuan&dockind=speech&year=2015&kind=village,county&layers=symposia,sanqu&place=liangshan&view=103.5,28.1,6.2&exit=2018&prov=1&lang=en'
		);
		expect(notices).toEqual([]);
		expect(state).toEqual({
			docs: ['2017-06-23-taiyuan', '2020-03-06-beijing'],
			docKinds: ['speech'],
			year: 2015,
			kinds: ['county', 'village'],
			layers: ['sanqu', 'symposia'],
			place: 'liangshan',
			view: { lng: 103.5, lat: 28.1, zoom: 6.2 },
			exitYear: 2018,
			provinces: true,
			lang: 'en'
		});
	});

	it('parseState reads prov=1 (include province passages), ignores other values with a notice', () => {
		expect(parse('?prov=1').state.provinces).toBe(true);
		expect(parse('?prov=0')).toEqual({ state: defaultState(), notices: [] });
		const { state, notices } = parse('?prov=yes');
		expect(state.provinces).toBe(false);
		expect(notices).toEqual([{ param: 'prov', value: 'yes', reason: 'malformed' }]);
		expect(serializeState({ ...defaultState(), provinces: true })).toBe('?prov=1');
		expect(serializeState(defaultState())).toBe('');
	});

	it('parseState tells layers= (none visible) from an absent layers (defaults)', () => {
		expect(parse('?layers=').state.layers).toEqual([]);
		expect(parse('?year=2015').state.layers).toEqual([...DEFAULT_LAYERS]);
	});

	it('parseState ignores unknown params with a notice and keeps the others', () => {
		const { state, notices } = parse('?utm_source=x&year=2016&Year=2017&=5');
		expect(state.year).toBe(2016);
		expect(notices).toEqual([
			{ param: 'utm_source', value: 'x', reason: 'unknown-param' },
			{ param: 'Year', value: '2017', reason: 'unknown-param' },
			{ param: '', value: '5', reason: 'unknown-param' }
		]);
	});

	it.each([
		'',
		'abc',
		'20x5',
		'2015abc',
		'NaN',
		'Infinity',
		'-Infinity',
		'1e999',
		'2e3',
		'0x7DF',
		'0b11111011111',
		' 2015',
		'2015 ',
		'+2015',
		'2015.0',
		'2015.',
		'02015',
		'２０１５',
		'2015,2016'
	])('parseState ignores the malformed year %j and keeps the other params', (value) => {
		const { state, notices } = parseState(
			new URLSearchParams([
				['year', value],
				['lang', 'en']
			]),
			ctx
		);
		expect(state.year).toBeNull();
		expect(state.lang).toBe('en');
		expect(notices).toEqual([{ param: 'year', value, reason: 'malformed' }]);
	});

	it.each([
		['year', '1800'],
		['year', '-0'],
		['year', '-2015'],
		['year', '99999'],
		['exit', '2013'],
		['exit', '2021'],
		['view', '200,30,5'],
		['view', '100,-1,5'],
		['view', '59.9999,30,5'],
		['view', '100,30,11.01'],
		['view', '100,30,1.99'],
		['view', '-0,30,5']
	])('parseState ignores %s=%s as out of range', (param, value) => {
		const { state, notices } = parse(`?${param}=${value}&place=liangshan`);
		expect(state).toEqual({ ...defaultState(), place: 'liangshan' });
		expect(notices).toEqual([{ param, value, reason: 'out-of-range' }]);
	});

	it.each([
		'',
		'103.5,28.1',
		'103.5,28.1,6,1',
		'NaN,28,6',
		'103.5,28.1,Infinity',
		'1e2,28,6',
		'103.,28,6',
		'.5,28,6',
		'103;28;6',
		'103, 28,6',
		'0x67,28,6'
	])('parseState ignores the malformed view %j', (value) => {
		const { state, notices } = parseState(new URLSearchParams({ view: value, year: '2017' }), ctx);
		expect(state.view).toBeNull();
		expect(state.year).toBe(2017);
		expect(notices).toEqual([{ param: 'view', value, reason: 'malformed' }]);
	});

	it('parseState rounds the view to the precision the URL keeps', () => {
		expect(parse('?view=103.123456,28.00001,6.256').state.view).toEqual({
			lng: 103.1235,
			lat: 28,
			zoom: 6.26
		});
	});

	it('parseState accepts the ends of each range', () => {
		expect(parse('?view=60,0,2').state.view).toEqual({ lng: 60, lat: 0, zoom: 2 });
		expect(parse('?view=150,60,11').state.view).toEqual({ lng: 150, lat: 60, zoom: 11 });
		expect(parse('?exit=2014').state.exitYear).toBe(2014);
		expect(parse('?exit=2020').state.exitYear).toBe(2020);
	});

	it('parseState drops unknown ids from a list with a notice and keeps the rest', () => {
		const { state, notices } = parse(
			'?doc=nope,2020-03-06-beijing&layers=sanqu,roads,villages&kind=county,city'
		);
		expect(state.docs).toEqual(['2020-03-06-beijing']);
		expect(state.layers).toEqual(['sanqu', 'villages']);
		expect(state.kinds).toEqual(['county']);
		expect(notices).toEqual([
			{ param: 'doc', value: 'nope', reason: 'unknown-id' },
			{ param: 'layers', value: 'roads', reason: 'unknown-id' },
			{ param: 'kind', value: 'city', reason: 'unknown-id' }
		]);
	});

	it('parseState keeps the default when every id of a list is unknown', () => {
		const { state, notices } = parse('?doc=nope&layers=roads,,');
		expect(state.docs).toBeNull();
		expect(state.layers).toEqual([...DEFAULT_LAYERS]);
		expect(notices.map((n) => n.reason)).toEqual(['unknown-id', 'unknown-id', 'malformed', 'malformed']);
	});

	it('parseState drops repeated list items with a notice', () => {
		const { state, notices } = parse('?layers=areas,sanqu,areas');
		expect(state.layers).toEqual(['sanqu', 'areas']);
		expect(notices).toEqual([{ param: 'layers', value: 'areas', reason: 'duplicate' }]);
	});

	it('parseState ignores an unknown place and an unknown language', () => {
		const { state, notices } = parse('?place=atlantis&lang=fr&year=2020');
		expect(state).toEqual({ ...defaultState(), year: 2020 });
		expect(notices).toEqual([
			{ param: 'place', value: 'atlantis', reason: 'unknown-id' },
			{ param: 'lang', value: 'fr', reason: 'unknown-id' }
		]);
	});

	it('parseState keeps the first of repeated params, with a notice', () => {
		const { state, notices } = parse('?year=2015&year=2016&year=abc');
		expect(state.year).toBe(2015);
		expect(notices).toEqual([
			{ param: 'year', value: '2016', reason: 'duplicate' },
			{ param: 'year', value: 'abc', reason: 'duplicate' }
		]);
	});

	it('parseState keeps the first of repeated params even when the first is rejected', () => {
		const { state, notices } = parse('?year=abc&year=2016');
		expect(state.year).toBeNull();
		expect(notices.map((n) => n.reason)).toEqual(['malformed', 'duplicate']);
	});

	it('parseState decodes percent-encoded keys and values', () => {
		const { state, notices } = parse('?y%65ar=%32%30%31%35&pl%61ce=liang%73han&layers=sanqu%2Careas');
		expect(notices).toEqual([]);
		expect(state).toEqual({ ...defaultState(), year: 2015, place: 'liangshan', layers: ['sanqu', 'areas'] });
	});

	it('parseState accepts a URLSearchParams and a place predicate', () => {
		const { state } = parseState(new URLSearchParams({ place: 'liangshan' }), {
			docIds: DOCS,
			placeIds: (id) => id === 'liangshan'
		});
		expect(state.place).toBe('liangshan');
	});

	it('parseState survives a throwing place predicate, ignoring that param only', () => {
		const { state, notices } = parseState('?place=liangshan&year=2019', {
			docIds: DOCS,
			placeIds: () => {
				throw new Error('boom');
			}
		});
		expect(state).toEqual({ ...defaultState(), year: 2019 });
		expect(notices).toEqual([{ param: 'place', value: 'liangshan', reason: 'malformed' }]);
	});

	it('parseState never throws on broken encodings and lone surrogates', () => {
		for (const q of [
			'?year=%E0%A4%A',
			'?year=%',
			'?%%=%zz',
			'?place=\uD800',
			'?\uDC00=1',
			'?view=%FF,%FE,%00',
			'?#year=2015'
		]) {
			const { state, notices } = parse(q);
			expect(isValidState(state, ctx)).toBe(true);
			expect(notices.length).toBeGreaterThan(0);
		}
	});

	it('parseState ignores a value longer than VALUE_MAX with a shortened notice', () => {
		const long = 'sanqu,'.repeat(Math.ceil(VALUE_MAX / 6)) + 'areas';
		const { state, notices } = parse(`?layers=${long}&year=2018`);
		expect(state.layers).toEqual([...DEFAULT_LAYERS]);
		expect(state.year).toBe(2018);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatchObject({ param: 'layers', reason: 'too-long' });
		expect(notices[0].value.length).toBeLessThanOrEqual(61);
	});

	it('parseState reads at most PARAMS_MAX params, with one notice for the rest', () => {
		const q =
			'?year=2015&' + Array.from({ length: PARAMS_MAX + 10 }, (_, i) => `x${i}=1`).join('&') + '&lang=en';
		const { state, notices } = parse(q);
		expect(state.year).toBe(2015);
		expect(state.lang).toBe('zh'); // past the cap
		expect(notices.filter((n) => n.reason === 'unknown-param')).toHaveLength(PARAMS_MAX - 1);
		expect(notices[0]).toEqual({ param: '?', value: '+12', reason: 'too-long' });
	});

	it('parseState cuts a query longer than QUERY_MAX at a param boundary', () => {
		// Padded so that a cut at exactly QUERY_MAX characters would leave "doc=<first id>,".
		const head = '?year=2015&x=';
		const doc = `&doc=${DOCS[0]},${DOCS[1]}`;
		const pad = QUERY_MAX - head.length - `&doc=${DOCS[0]},`.length;
		const q = head + 'a'.repeat(pad) + doc;
		expect(q.slice(0, QUERY_MAX).endsWith(`doc=${DOCS[0]},`)).toBe(true);
		const { state, notices } = parse(q);
		expect(state.year).toBe(2015);
		expect(state.docs).toBeNull(); // dropped whole, not read as a shorter list
		expect(notices.some((n) => n.param === '?' && n.reason === 'too-long')).toBe(true);
	});

	it('parseState returns fresh objects (mutating the result leaves DEFAULT_STATE alone)', () => {
		const { state } = parse('');
		state.layers.push('choropleth');
		expect(DEFAULT_STATE.layers).toEqual([...DEFAULT_LAYERS]);
		expect(Object.isFrozen(DEFAULT_STATE.layers)).toBe(true);
	});
});

// ---------------------------------------------------------------------------------------------
// Property tests

function randomState(r: Rng): ExploreState {
	const maybe = <T>(f: () => T): T | null => (r.chance(0.4) ? null : f());
	const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
	return {
		docs: maybe(() => r.subset(DOCS)),
		docKinds: maybe(() => r.subset(DOC_KINDS)),
		year: maybe(() => r.int(1949, 2100)),
		kinds: maybe(() => r.subset(PLACE_KIND_FILTERS)),
		layers: r.chance(0.3) ? [...DEFAULT_LAYERS] : r.subset(LAYER_IDS),
		place: maybe(() => r.pick(PLACES)),
		view: maybe(() => ({
			lng: round(60 + r.next() * 90, 4),
			lat: round(r.next() * 60, 4),
			zoom: round(2 + r.next() * 9, 2)
		})),
		exitYear: maybe(() => r.int(2014, 2020)),
		provinces: r.chance(0.3),
		lang: r.pick(['zh', 'en'] as const)
	};
}

describe('the language and place links of the other pages', () => {
	it('reads lang as the explore page does: en, or Chinese for anything else', () => {
		expect(pageLang('?lang=en')).toBe('en');
		expect(pageLang(new URLSearchParams('p=3&lang=en'))).toBe('en');
		for (const q of ['', '?lang=zh', '?lang=EN', '?lang=', '?lang=fr', '?lang=en%00'])
			expect(pageLang(q), q).toBe('zh');
	});

	it('writes links that the explore page parses back to the same language and place', () => {
		expect(langQuery('zh')).toBe('');
		expect(langQuery('en')).toBe('?lang=en');
		for (const id of ['liangshan', PLACES[0], PLACES[PLACES.length - 1]])
			for (const lang of ['zh', 'en'] as const) {
				const { state, notices } = parse(placeQuery(id, lang));
				expect(notices).toEqual([]);
				expect(state).toEqual({ ...defaultState(), place: id, lang });
				expect(pageLang(placeQuery(id, lang))).toBe(lang);
			}
	});
});

describe('round trip', () => {
	it('parseState(serializeState(s)) equals s for 1000 random valid states', () => {
		const r = prng(20170623);
		for (let i = 0; i < 1000; i++) {
			const s = randomState(r);
			expect(isValidState(s, ctx)).toBe(true);
			const q = serializeState(s);
			const back = parse(q);
			expect(back.notices, q).toEqual([]);
			expect(back.state, q).toEqual(s);
			expect(serializeState(back.state)).toBe(q);
		}
	});
});

// A param of the fuzz query: the raw text put in the query, and what it should do.
interface FuzzParam {
	raw: string;
	key: string;
	/** false: the parser must reject (all or part of) it with at least one notice. */
	ok: boolean;
	/** The effect on the state when this is the first occurrence of a known key. */
	apply?: (s: ExploreState) => void;
}

const BAD_INTEGERS = [
	'',
	'abc',
	'NaN',
	'Infinity',
	'1e999',
	'2e3',
	'0x7DF',
	'2015abc',
	' 2015',
	'2015 ',
	'2015.0',
	'02015',
	'-0',
	'+2015',
	'２０１５',
	'1800',
	'99999999999',
	'2015,2016'
];
const BAD_VIEWS = [
	'',
	'103.5,28.1',
	'103.5,28.1,6,1',
	'NaN,28,6',
	'103.5,28.1,Infinity',
	'1e2,28,6',
	'200,28,6',
	'103,-5,6',
	'103,28,12',
	'103,28,1.99',
	' 103,28,6',
	'103.,28,6',
	'.5,28,6',
	'0x67,28,6',
	'-0,28,6',
	'103;28;6'
];
/** Raw query text that is garbage for any param, inserted without encoding. */
const RAW_GARBAGE = ['%E0%A4%A', '%', '%%', '%zz', '\uD800', '\uDC00x', '%FF%FE', '%C0%80', '\u0000'];

/** Encode a decoded value into query text, in one of several equivalent ways. */
function encodeValue(r: Rng, v: string): string {
	switch (r.int(0, 2)) {
		case 0:
			return encodeURIComponent(v);
		case 1: // every byte percent-encoded
			return [...new TextEncoder().encode(v)]
				.map((b) => '%' + b.toString(16).padStart(2, '0').toUpperCase())
				.join('');
		default: // as is, where that is unambiguous
			return /^[A-Za-z0-9,._-]*$/.test(v) ? v : encodeURIComponent(v);
	}
}

function validParam(r: Rng): FuzzParam {
	const key = r.pick(PARAM_NAMES);
	const value = ((): [string, (s: ExploreState) => void] => {
		switch (key) {
			case 'doc': {
				const ids = r.subset(DOCS);
				return [r.shuffle(ids).join(','), (s) => (s.docs = ids)];
			}
			case 'dockind': {
				const ids = r.subset(DOC_KINDS);
				return [r.shuffle(ids).join(','), (s) => (s.docKinds = ids)];
			}
			case 'kind': {
				const ids = r.subset(PLACE_KIND_FILTERS);
				return [r.shuffle(ids).join(','), (s) => (s.kinds = ids)];
			}
			case 'layers': {
				const ids = r.subset(LAYER_IDS);
				return [r.shuffle(ids).join(','), (s) => (s.layers = ids)];
			}
			case 'year': {
				const y = r.int(1949, 2100);
				return [String(y), (s) => (s.year = y)];
			}
			case 'exit': {
				const y = r.int(2014, 2020);
				return [String(y), (s) => (s.exitYear = y)];
			}
			case 'place': {
				const p = r.pick(PLACES);
				return [p, (s) => (s.place = p)];
			}
			case 'view': {
				const lng = r.int(600000, 1500000) / 1e4;
				const lat = r.int(0, 600000) / 1e4;
				const zoom = r.int(200, 1100) / 100;
				return [`${lng},${lat},${zoom}`, (s) => (s.view = { lng, lat, zoom })];
			}
			case 'prov': {
				const on = r.chance(0.5);
				return [on ? '1' : '0', (s) => (s.provinces = on)];
			}
			case 'lang': {
				const l = r.pick(['zh', 'en'] as const);
				return [l, (s) => (s.lang = l)];
			}
		}
	})();
	const rawKey = r.chance(0.2)
		? encodeValue(r, key).replace(/^[a-z]/, (c) => '%' + c.charCodeAt(0).toString(16))
		: key;
	return { raw: `${rawKey}=${encodeValue(r, value[0])}`, key, ok: true, apply: value[1] };
}

function badParam(r: Rng): FuzzParam {
	const kind = r.int(0, 5);
	if (kind === 0) {
		// unknown key
		const key =
			r.pick([
				'x',
				'Year',
				'YEAR',
				'utm_source',
				'layer',
				'docs',
				'q',
				'zoom',
				'?',
				'__proto__',
				'constructor',
				'年份'
			]) + (r.chance(0.3) ? String(r.int(0, 99)) : '');
		return { raw: `${encodeValue(r, key)}=${encodeValue(r, String(r.int(0, 3000)))}`, key, ok: false };
	}
	if (kind === 1) {
		// raw garbage as the whole value of a known key
		const key = r.pick(PARAM_NAMES);
		return {
			raw: `${key}=${r.pick(RAW_GARBAGE)}${r.chance(0.5) ? r.pick(RAW_GARBAGE) : ''}`,
			key,
			ok: false
		};
	}
	if (kind === 2) {
		// longer than VALUE_MAX
		const key = r.pick(PARAM_NAMES);
		return { raw: `${key}=${'2'.repeat(VALUE_MAX + r.int(1, 500))}`, key, ok: false };
	}
	if (kind === 3) {
		// a list with some bad items: the good ones must survive
		const key = r.pick(['doc', 'dockind', 'kind', 'layers'] as const);
		const known: readonly string[] = {
			doc: DOCS,
			dockind: DOC_KINDS,
			kind: PLACE_KIND_FILTERS,
			layers: LAYER_IDS
		}[key];
		const good = r.subset(known);
		const bad = Array.from({ length: r.int(1, 3) }, () =>
			r.pick(['', 'nope', 'SANQU', ' areas', 'areas ', '三区三州', '\u{1F600}', good[0] ?? 'zzz'])
		);
		const items = r.shuffle([...good, ...bad]);
		const picked = good.length > 0 ? known.filter((id) => good.includes(id)) : undefined;
		const apply = (s: ExploreState) => {
			if (!picked) return;
			if (key === 'doc') s.docs = picked;
			else if (key === 'dockind') s.docKinds = picked as ExploreState['docKinds'];
			else if (key === 'kind') s.kinds = picked as ExploreState['kinds'];
			else s.layers = picked as ExploreState['layers'];
		};
		// a lone '' item among none others is the empty list, which is valid: make it invalid with a comma
		const value = items.length === 1 && items[0] === '' ? ',' : items.join(',');
		return { raw: `${key}=${encodeValue(r, value)}`, key, ok: false, apply };
	}
	if (kind === 4) {
		const key = r.pick(['year', 'exit', 'view', 'lang', 'place'] as const);
		const value =
			key === 'view'
				? r.pick(BAD_VIEWS)
				: key === 'lang'
					? r.pick(['', 'fr', 'ZH', 'zh-CN', 'en ', 'english'])
					: key === 'place'
						? r.pick([
								'',
								'atlantis',
								'LIANGSHAN',
								' liangshan',
								'liangshan ',
								'凉山',
								'liangshan,aba',
								'__proto__',
								'constructor'
							])
						: key === 'exit'
							? r.pick([...BAD_INTEGERS, '2013', '2021', '1949'])
							: r.pick(BAD_INTEGERS);
		return { raw: `${key}=${encodeValue(r, value)}`, key, ok: false };
	}
	// random bytes, percent-encoded, for a known key (checked to be garbage against that key)
	const key = r.pick(['year', 'exit', 'view', 'place', 'lang'] as const);
	const bytes = Array.from({ length: r.int(1, 12) }, () => r.int(0, 255));
	return {
		raw: `${key}=${bytes.map((b) => '%' + b.toString(16).padStart(2, '0')).join('')}`,
		key,
		ok: false
	};
}

describe('fuzz', () => {
	it('parseState of 800 random query strings: no throw, a valid state, a notice for each rejected param', () => {
		const r = prng(832);
		let rejected = 0;
		for (let i = 0; i < 800; i++) {
			const n = r.int(0, 10);
			const params: FuzzParam[] = [];
			for (let j = 0; j < n; j++) {
				let p = r.chance(0.5) ? validParam(r) : badParam(r);
				// random bytes may by chance spell a valid value: treat those as unknown and skip them
				if (!p.ok && p.raw.startsWith(`${p.key}=%`) && /^[a-z]+=(%[0-9a-f]{2})+$/.test(p.raw)) {
					const decoded = new URLSearchParams(p.raw).get(p.key)!;
					if (parseState(`?${p.key}=${encodeURIComponent(decoded)}`, ctx).notices.length === 0) continue;
				}
				if (params.some((q) => q.key === p.key)) p = { ...p, ok: false, apply: undefined }; // a repeat
				params.push(p);
			}
			const query = (r.chance(0.8) ? '?' : '') + params.map((p) => p.raw).join(r.chance(0.9) ? '&' : '&&');

			const expected = defaultState();
			const firsts = new Set<string>();
			for (const p of params) {
				if (firsts.has(p.key)) continue;
				firsts.add(p.key);
				p.apply?.(expected);
			}

			let result: ReturnType<typeof parseState> | undefined;
			expect(() => (result = parse(query)), query).not.toThrow();
			const { state, notices } = result!;
			expect(isValidState(state, ctx), query).toBe(true);
			for (const v of [state.year, state.exitYear, state.view?.lng, state.view?.lat, state.view?.zoom]) {
				if (v !== null && v !== undefined) expect(Number.isFinite(v)).toBe(true);
			}
			const bad = params.filter((p) => !p.ok).length;
			rejected += bad;
			expect(notices.length, query).toBeGreaterThanOrEqual(bad);
			if (bad === 0) expect(notices, query).toEqual([]);
			expect(state, query).toEqual(expected);
			// whatever came in, the state re-serializes to a query that reads back the same
			expect(parse(serializeState(state)).state).toEqual(state);
		}
		expect(rejected).toBeGreaterThan(500);
	});
});
