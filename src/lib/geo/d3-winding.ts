import { geoArea, type GeoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

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

/** Marks a path windingSafe made. */
const SAFE = Symbol('windingSafe');

/** Any object a d3 path draws, with its polygons wound as d3Winding winds them. */
function wound(o: GeoPermissibleObjects): GeoPermissibleObjects {
	// d3's object types are GeoJSON's plus its Sphere, which has no polygons to wind.
	const g = o as unknown as Feature | FeatureCollection | Geometry;
	const back = (x: Feature | FeatureCollection | Geometry) => x as unknown as GeoPermissibleObjects;
	switch (g.type) {
		case 'Feature':
			return back(d3Winding(g));
		case 'FeatureCollection':
			return back({ ...g, features: g.features.map((f) => d3Winding(f)) });
		case 'Polygon':
		case 'MultiPolygon':
			return back(d3Winding({ type: 'Feature', properties: null, geometry: g }).geometry);
		case 'GeometryCollection':
			return back({ ...g, geometries: g.geometries.map((x) => wound(back(x)) as unknown as Geometry) });
		default:
			return o;
	}
}

/**
 * A d3 path that draws (and measures) every polygon as GeoJSON means it, whichever way its rings
 * wind: a ring that a simplification turned the other way (an islet of 广东 in china.topo.json)
 * would otherwise be drawn, and framed, as the rest of the globe. The SVG maps draw through this.
 */
export function windingSafe(path: GeoPath): GeoPath {
	// A path already made safe is returned as it is: winding twice would only repeat the work.
	if (SAFE in path) return path;
	const safe = ((o: GeoPermissibleObjects) => path(wound(o))) as GeoPath;
	return Object.assign(safe, path, {
		[SAFE]: true,
		area: (o: GeoPermissibleObjects) => path.area(wound(o)),
		bounds: (o: GeoPermissibleObjects) => path.bounds(wound(o)),
		centroid: (o: GeoPermissibleObjects) => path.centroid(wound(o)),
		measure: (o: GeoPermissibleObjects) => path.measure(wound(o))
	});
}
