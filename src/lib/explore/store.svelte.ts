/**
 * The explore screen's state. The URL is the source of truth: `state` is parsed from its query, and
 * every change is written back with shallow routing (pushState for choices a reader may want to undo
 * with Back, replaceState for the map view), so a copied link reproduces the view. SvelteKit's
 * `page.url` is not updated by shallow routing, so the query is kept here and re-read on popstate.
 */
import { pushState, replaceState } from '$app/navigation';
import { parseState, serializeState } from '../state/url';
import { defaultState, type ExploreState, type Notice } from '../state/types';
import type { ExploreData } from './load';
import type { AtlasPlace, Candidate } from './types';
import type { UnitEntry } from './units';

/** A selection is a gazetteer id, or the 6-digit code of any county / prefecture on the map. */
export const CODE_RE = /^\d{6}$/;

export class ExploreStore {
	data = $state.raw<ExploreData | null>(null);
	error = $state<string | null>(null);
	/** Notices from the URL of the first load, shown once. */
	notices = $state<Notice[]>([]);
	/** The map's visible bounds [w, s, e, n], kept by the map component. */
	bounds = $state.raw<[number, number, number, number] | null>(null);
	/** Administrative units of the geometry by 6-digit code, once the topologies have loaded. */
	units = $state.raw<Map<string, UnitEntry>>(new Map());
	/** Overlapping features under the last click, for the reader to choose from. */
	choices = $state.raw<{ candidates: Candidate[]; at: [number, number] } | null>(null);

	/** The current query string (location.search), the one input `state` is parsed from. */
	search = $state('');

	placeById = $derived(new Map((this.data?.atlas.places ?? []).map((p) => [p.id, p])));

	/** The state parsed from the current URL (default until the data has loaded). */
	state: ExploreState = $derived.by(() => {
		const data = this.data;
		if (!data) return defaultState();
		return parseState(this.search, this.context()).state;
	});

	context() {
		const ids = this.placeById;
		return {
			docIds: this.data?.index.documents.map((d) => d.id) ?? [],
			placeIds: (id: string) => ids.has(id) || CODE_RE.test(id)
		};
	}

	/** Parses the URL once after loading, to report what was ignored. */
	/** The explore page's path; writes are dropped once the reader has navigated away from it. */
	private path = '';

	init(data: ExploreData) {
		this.path = location.pathname;
		this.search = location.search;
		this.data = data;
		this.notices = parseState(this.search, this.context()).notices;
	}

	/** Back and forward: re-read the query. Returns the listener's remover. */
	listen(): () => void {
		const onpop = () => (this.search = location.search);
		addEventListener('popstate', onpop);
		return () => removeEventListener('popstate', onpop);
	}

	place(id: string | null | undefined): AtlasPlace | undefined {
		return id ? this.placeById.get(id) : undefined;
	}

	/** Writes a new state into the URL. */
	set(patch: Partial<ExploreState>, mode: 'push' | 'replace' = 'push') {
		// A map move that ends after a link was followed must not write onto the next page's URL.
		if (location.pathname !== this.path) return;
		const next = { ...this.state, ...patch };
		const query = serializeState(next);
		if (query === this.search || (query === '' && this.search === '?')) return;
		const url = location.pathname + query + location.hash;
		if (mode === 'push') pushState(url, {});
		else replaceState(url, {});
		this.search = query;
	}

	select(id: string | null) {
		this.choices = null;
		if (id === this.state.place) return;
		this.set({ place: id });
	}

	/** Where a place is: its own point, or its unit's label point. */
	pointOf(key: string): [number, number] | undefined {
		const p = this.place(key);
		if (p?.point) return p.point;
		return this.units.get(p?.codes?.[0] ?? key)?.label;
	}
}
