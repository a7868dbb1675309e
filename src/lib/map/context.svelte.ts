import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';

const KEY = Symbol('atlas-map');

/** Holds the one MapLibre map of a page; children read it once the base data has loaded. */
export class MapContext {
	map = $state.raw<MapLibreMap | null>(null);
	/** The map's zoom, kept as it moves (the inset, the overlays' choice of geometry read it). */
	zoom = $state(3);
	/** True once the base sources are filled (overlays may then add their layers). */
	ready = $state(false);
	/** True once the page's overlays have handed their first view's data to the map (`data-overlays`). */
	overlays = $state(false);
	/** True once the first complete view has been drawn. */
	idle = $state(false);
	/** The national topology (provinces, prefectures, boundaries), once loaded. */
	china = $state.raw<Topology | null>(null);
	/** The county topology, loaded after the first complete render. */
	counties = $state.raw<Topology | null>(null);
}

export function setMapContext(ctx: MapContext): MapContext {
	return setContext(KEY, ctx);
}

export function getMapContext(): MapContext {
	const ctx = getContext<MapContext | undefined>(KEY);
	if (!ctx) throw new Error('getMapContext() outside a <MapView>');
	return ctx;
}
