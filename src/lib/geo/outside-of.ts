import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Twice the signed area of a ring in degrees (positive = counter-clockwise). */
function signedArea(ring: readonly Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
		sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
	return sum;
}

const oriented = (ring: Position[], ccw: boolean) =>
	signedArea(ring) > 0 === ccw ? ring : [...ring].reverse();

/**
 * Everything outside a shape, as one polygon: the given bounds (Web Mercator's by default) with a
 * hole for the outer ring of each polygon of the shape — the "spotlight" that dims the rest of the
 * map around a selection. Rings are wound as MapLibre and GeoJSON expect (outer counter-clockwise,
 * holes clockwise); the shape's own holes are left out (they stay dimmed only if the mask is drawn
 * over them, which is the honest reading: an enclave is not part of the selection).
 */
export function outsideOf(
	shape: MultiPolygon,
	bounds: [number, number, number, number] = [-180, -85, 180, 85]
): Polygon {
	const [w, s, e, n] = bounds;
	const outer: Position[] = [
		[w, s],
		[e, s],
		[e, n],
		[w, n],
		[w, s]
	];
	const holes = shape.coordinates.filter((p) => p[0]?.length >= 4).map((p) => oriented(p[0], false));
	return { type: 'Polygon', coordinates: [oriented(outer, true), ...holes] };
}
