import { geoArea } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * A feature whose polygons wind the way d3-geo reads them (clockwise exterior rings): a polygon
 * wound the GeoJSON (RFC 7946) way would otherwise be drawn as the rest of the globe. Each polygon
 * covering more than a hemisphere has its rings reversed. Other geometries pass through; the input
 * is not changed.
 * https://d3js.org/d3-geo#d3-geo
 */
export function d3Winding<P>(f: Feature<Geometry, P>): Feature<Geometry, P> {
	const g = f.geometry;
	if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return f;
	const fix = (rings: Position[][]): Position[][] =>
		geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
			? rings.map((r) => [...r].reverse())
			: rings;
	const geometry: Polygon | MultiPolygon =
		g.type === 'Polygon'
			? { type: 'Polygon', coordinates: fix(g.coordinates) }
			: { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) };
	return { ...f, geometry };
}
