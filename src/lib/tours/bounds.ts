/**
 * Bounds of sets of unit codes from our TopoJSON (provinces and prefectures from china.topo.json,
 * counties from counties.topo.json); each unit's box is computed once.
 */
import type { Topology } from 'topojson-specification';
import type { BBox } from '../geo/types';
import { featuresOf } from '../geo/features-of';
import { bboxOf } from '../geo/bbox-of';

export function codeBounds(china: Topology, counties: Topology): (codes: readonly string[]) => BBox | null {
	const boxes = new Map<string, BBox>();
	for (const [topology, object] of [
		[china, 'provinces'],
		[china, 'prefectures'],
		[counties, 'counties']
	] as const)
		for (const f of featuresOf(topology, object).features) {
			const id = String(f.id);
			const b = bboxOf(f);
			if (b && !boxes.has(id)) boxes.set(id, b);
		}
	return (codes) => {
		let out: BBox | null = null;
		for (const c of codes) {
			const b = boxes.get(c);
			if (!b) continue;
			out = out
				? [Math.min(out[0], b[0]), Math.min(out[1], b[1]), Math.max(out[2], b[2]), Math.max(out[3], b[3])]
				: [...b];
		}
		return out;
	};
}
