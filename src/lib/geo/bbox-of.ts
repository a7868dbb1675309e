import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { BBox } from './types';

function eachPosition(geometry: Geometry | null, visit: (p: Position) => void): void {
	if (!geometry) return;
	switch (geometry.type) {
		case 'Point':
			visit(geometry.coordinates);
			break;
		case 'MultiPoint':
		case 'LineString':
			geometry.coordinates.forEach(visit);
			break;
		case 'MultiLineString':
		case 'Polygon':
			geometry.coordinates.forEach((line) => line.forEach(visit));
			break;
		case 'MultiPolygon':
			geometry.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(visit)));
			break;
		case 'GeometryCollection':
			geometry.geometries.forEach((g) => eachPosition(g, visit));
			break;
	}
}

/**
 * The bounding box [minLon, minLat, maxLon, maxLat] of features or geometries (planar min/max of
 * the coordinates; fine for China, which does not cross the antimeridian). Null when empty.
 */
export function bboxOf(
	input: FeatureCollection | Feature | Geometry | Array<Feature | Geometry>
): BBox | null {
	const items: Array<Feature | Geometry> = Array.isArray(input)
		? input
		: input.type === 'FeatureCollection'
			? input.features
			: [input];
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const item of items) {
		const geometry = item.type === 'Feature' ? item.geometry : item;
		eachPosition(geometry, ([x, y]) => {
			if (x < minX) minX = x;
			if (y < minY) minY = y;
			if (x > maxX) maxX = x;
			if (y > maxY) maxY = y;
		});
	}
	return minX === Infinity ? null : [minX, minY, maxX, maxY];
}
