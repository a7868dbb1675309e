/**
 * A conic equal-area projection suited to China (standard parallels 25°N and 47°N, central meridian
 * 105°E), fitted to a longitude/latitude box at a given width. For SVG maps drawn with d3-geo.
 * https://d3js.org/d3-geo/conic#geoConicEqualArea
 */
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import type { BBox } from './types';

/** Mainland China, Hainan and Taiwan, without the South China Sea islands (the inset shows those). */
export const MAINLAND_BOX: BBox = [73.4, 17.8, 135.1, 53.6];
/** 南海诸岛 with the ten-dash line, as in the inset of the standard map of China. */
export const SCS_BOX: BBox = [106.5, 2.8, 123.6, 24.6];

export interface FittedProjection {
	projection: GeoProjection;
	/** Size of the projected box in SVG units (width as asked; height from the projection). */
	width: number;
	height: number;
}

/** The box's outline sampled every degree, so curved parallels are covered when fitting. */
export function boxOutline([w, s, e, n]: BBox): MultiPoint {
	const coordinates: [number, number][] = [];
	for (let x = w; x < e; x += 1) coordinates.push([x, s], [x, n]);
	for (let y = s; y < n; y += 1) coordinates.push([w, y], [e, y]);
	coordinates.push([e, s], [e, n]);
	return { type: 'MultiPoint', coordinates };
}

export function chinaProjection(box: BBox, width: number): FittedProjection {
	const outline = boxOutline(box);
	const projection = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]).fitWidth(width, outline);
	const [[, y0], [, y1]] = geoPath(projection).bounds(outline);
	return { projection, width, height: Math.ceil(y1 - y0) };
}
