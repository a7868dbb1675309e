/**
 * The administrative units of the loaded topologies by 6-digit code: names for the popup, label
 * points for the list of places and the popup anchor, boxes for what the view shows. Pure: no map, no DOM.
 */
import type { Topology } from 'topojson-specification';
import { featuresOf } from '../geo/features-of';
import { bboxOf } from '../geo/bbox-of';
import type { AdminProperties, BBox, LonLat } from '../geo/types';
import type { UnitInfo } from './describe';

/** A unit: its names, its label point and its bounding box (what is in view is judged by it). */
export type UnitEntry = UnitInfo & { label?: LonLat; box?: BBox };

/**
 * Every unit of every object but `boundaries` of the given topologies (missing ones skipped); the
 * first topology that has a code wins, so pass the national file before the county file.
 */
export function unitsOf(topologies: readonly (Topology | null | undefined)[]): Map<string, UnitEntry> {
	const units = new Map<string, UnitEntry>();
	for (const topo of topologies) {
		if (!topo) continue;
		for (const name of Object.keys(topo.objects)) {
			if (name === 'boundaries') continue;
			for (const f of featuresOf<AdminProperties>(topo, name).features) {
				const code = String(f.id);
				if (units.has(code)) continue;
				const p = f.properties;
				units.set(code, {
					name_zh: p.full_name,
					level: p.level,
					province: p.province,
					prefecture: p.prefecture,
					label: p.label,
					box: bboxOf(f) ?? undefined
				});
			}
		}
	}
	// Each prefecture's number of county-level units, once the counties are in (the popup says how
	// many of them a group holds).
	for (const u of units.values())
		if (u.level === 'county' && u.prefecture) {
			const pref = units.get(u.prefecture);
			if (pref && pref !== u) pref.counties = (pref.counties ?? 0) + 1;
		}
	return units;
}
