import polylabel from 'polylabel';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LonLat } from './types';

function ringArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
		sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
	}
	return Math.abs(sum / 2);
}

const round4 = (v: number) => Math.round(v * 1e4) / 1e4 + 0;

/**
 * A label point for a (multi)polygon: the pole of inaccessibility (polylabel) of its largest
 * polygon, computed with longitudes scaled by cos(latitude) so that "far from the edge" means the
 * same north–south and east–west. Rounded to 4 decimals. Null for an empty geometry.
 */
export function labelPoint(geometry: Polygon | MultiPolygon): LonLat | null {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let best: Position[][] | null = null;
	let bestArea = -1;
	for (const polygon of polygons) {
		if (!polygon.length || polygon[0].length < 4) continue;
		const area = ringArea(polygon[0]) - polygon.slice(1).reduce((s, r) => s + ringArea(r), 0);
		if (area > bestArea) {
			best = polygon;
			bestArea = area;
		}
	}
	if (!best) return null;
	let minY = Infinity;
	let maxY = -Infinity;
	for (const [, y] of best[0]) {
		minY = Math.min(minY, y);
		maxY = Math.max(maxY, y);
	}
	const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
	const scaled = best.map((ring) => ring.map(([x, y]) => [x * k, y] as [number, number]));
	// Precision in degrees of latitude: about 1/200 of the polygon's height, at least ~10 m.
	const precision = Math.max((maxY - minY) / 200, 1e-4);
	const [x, y] = polylabel(scaled, precision);
	return [round4(x / k), round4(y)];
}
