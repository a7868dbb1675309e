/**
 * Which named units the map outlines: those a filtered passage names, of a kind the filter keeps.
 * Pure: the MapLibre and SVG maps both pass the result to `namedUnits`.
 */
import type { PlaceKind } from '../gazetteer/types';
import type { AtlasPlace } from './types';

export function namedIds(
	counts: ReadonlyMap<string, number>,
	kinds: readonly PlaceKind[] | null,
	place: (id: string) => AtlasPlace | undefined
): Set<string> {
	return new Set(
		[...counts.keys()].filter((id) => {
			const p = place(id);
			return !!p && (!kinds || kinds.includes(p.kind));
		})
	);
}
