import type { Atlas } from './types';

/**
 * What the explore map's first view draws before the county file is loaded: the regions of the
 * 三区三州 and contiguous-poverty-area layers (with their members) and every county the gazetteer
 * names. Pure; the build writes /data/overview.topo.json from it.
 */
export function firstViewShapes(atlas: Atlas): {
	regions: { id: string; members: string[] }[];
	counties: string[];
} {
	return {
		regions: atlas.places
			.filter((p) => (p.kind === 'sanqu-sanzhou' || p.kind === 'poverty-area') && p.members?.length)
			.map((p) => ({ id: p.id, members: p.members! })),
		counties: atlas.places.flatMap((p) => (p.kind === 'county' ? (p.codes ?? []) : []))
	};
}
