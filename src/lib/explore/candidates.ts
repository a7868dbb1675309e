/**
 * What a click on the map selects: each feature under the pointer stands for a gazetteer id or a
 * unit's code; one candidate is selected, several are offered as a choice. Pure: the MapLibre map
 * (queryRenderedFeatures) and the SVG map (elementsFromPoint) both decide here.
 */
import type { Atlas, AtlasPlace, Candidate } from './types';

/** A feature under the pointer: its layer id, feature id and properties. */
export interface Hit {
	layer: string;
	id?: string | number;
	properties: Record<string, unknown>;
}

/** The layer of the base map's provinces, chosen only when nothing more specific is under the pointer. */
export const PROVINCE_LAYER = 'province-fill';

/** What one feature stands for: a gazetteer id (with its name), a unit's code, or nothing. */
export function candidateOf(
	hit: Hit,
	atlas: Atlas,
	place: (id: string) => AtlasPlace | undefined
): Candidate | null {
	const { layer, properties: p } = hit;
	if (layer === PROVINCE_LAYER) {
		const code = String(hit.id ?? '');
		const province = atlas.places.find((x) => x.kind === 'province' && x.codes?.includes(code));
		return province ? { key: province.id, name: province.name_zh, layer } : null;
	}
	if (typeof p.place === 'string' && p.place) {
		return { key: p.place, name: place(p.place)?.name_zh ?? String(p.name ?? p.place), layer };
	}
	if (typeof p.code === 'string') return { key: p.code, name: String(p.name ?? p.code), layer };
	return null;
}

export type Pick =
	{ action: 'select'; key: string } | { action: 'choose'; candidates: Candidate[] } | { action: 'clear' };

/**
 * From the candidates under the pointer (topmost first, repeats allowed): the one to select, the
 * list to choose from, or nothing (clear the selection). The province under everything counts only
 * when nothing more specific is there.
 */
export function pickCandidate(candidates: readonly (Candidate | null)[]): Pick {
	const seen = new Map<string, Candidate>();
	for (const c of candidates) if (c && !seen.has(c.key)) seen.set(c.key, c);
	const all = [...seen.values()];
	const specific = all.filter((c) => c.layer !== PROVINCE_LAYER);
	const list = specific.length ? specific : all;
	if (list.length === 1) return { action: 'select', key: list[0].key };
	if (list.length > 1) return { action: 'choose', candidates: list };
	return { action: 'clear' };
}
