/**
 * The view of an SVG map as a viewBox: framing a box of projected coordinates, and the
 * longitude/latitude bounds a viewBox shows. Pure: no DOM.
 */
import type { GeoProjection } from 'd3-geo';
import type { BBox } from './types';

/** [x, y, width, height] of an SVG viewBox. */
export type ViewBox = [number, number, number, number];

/**
 * The viewBox that frames `[[x0, y0], [x1, y1]]` (projected) with `padding` (a fraction of its
 * size) on each side, keeping the aspect of `base` and never closer than `maxZoom` times the base.
 */
export function frameBox(
	[[x0, y0], [x1, y1]]: [[number, number], [number, number]],
	base: ViewBox,
	padding = 0.15,
	maxZoom = 40
): ViewBox {
	const aspect = base[2] / base[3];
	let w = (x1 - x0) * (1 + 2 * padding);
	let h = (y1 - y0) * (1 + 2 * padding);
	w = Math.max(w, h * aspect, base[2] / maxZoom);
	h = w / aspect;
	return [(x0 + x1) / 2 - w / 2, (y0 + y1) / 2 - h / 2, w, h];
}

/**
 * The [w, s, e, n] bounds of what a viewBox shows: the inverted outline of the box sampled along
 * its edges (a conic projection bends parallels, so corners alone would miss some of it).
 */
export function boundsOfView(projection: GeoProjection, [x, y, w, h]: ViewBox, steps = 8): BBox {
	let west = Infinity;
	let south = Infinity;
	let east = -Infinity;
	let north = -Infinity;
	for (let i = 0; i <= steps; i++) {
		const f = i / steps;
		for (const p of [
			[x + f * w, y],
			[x + f * w, y + h],
			[x, y + f * h],
			[x + w, y + f * h]
		] as [number, number][]) {
			const ll = projection.invert?.(p);
			if (!ll || !Number.isFinite(ll[0]) || !Number.isFinite(ll[1])) continue;
			west = Math.min(west, ll[0]);
			east = Math.max(east, ll[0]);
			south = Math.min(south, ll[1]);
			north = Math.max(north, ll[1]);
		}
	}
	return [west, south, east, north];
}

/** A view widened (never cropped) about its centre to a container's width / height ratio. */
export function fitAspect([x, y, w, h]: ViewBox, aspect: number): ViewBox {
	if (!(aspect > 0)) return [x, y, w, h];
	if (w / h > aspect) {
		const h2 = w / aspect;
		return [x, y - (h2 - h) / 2, w, h2];
	}
	const w2 = h * aspect;
	return [x - (w2 - w) / 2, y, w2, h];
}

/** A map view as the URL holds it: the centre and a MapLibre (web Mercator, 512 px tiles) zoom. */
export interface LngLatZoom {
	lng: number;
	lat: number;
	zoom: number;
}

/** MapLibre's earth radius (metres) and tile size (CSS pixels). */
const EARTH_RADIUS = 6378137;
const TILE = 512;
const STEP = 0.01;
const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * SVG units per metre on the ground at a point: the geometric mean of the north–south and east–west
 * scales (the conic projection is equal-area, not conformal, so they differ a little).
 */
function unitsPerMetre(projection: GeoProjection, lng: number, lat: number): number {
	const at = (x: number, y: number) => projection([x, y]) ?? [NaN, NaN];
	const [x0, y0] = at(lng, lat);
	const [xn, yn] = at(lng, lat + STEP);
	const [xe, ye] = at(lng + STEP / Math.cos(rad(lat)), lat);
	const metres = EARTH_RADIUS * rad(STEP);
	return Math.sqrt(Math.hypot(xn - x0, yn - y0) * Math.hypot(xe - x0, ye - y0)) / metres;
}

/** CSS pixels per metre at a latitude on a MapLibre map at `zoom`. */
function mercatorPixelsPerMetre(zoom: number, lat: number): number {
	return (TILE * 2 ** zoom) / (2 * Math.PI * EARTH_RADIUS * Math.cos(rad(lat)));
}

/**
 * The centre and equivalent MapLibre zoom of a viewBox drawn `cssWidth` pixels wide: the zoom at
 * which a MapLibre map shows the ground at the centre at the same scale. So a link copied from the
 * SVG map opens at the same place and scale on the WebGL map, and the other way round.
 */
export function viewOfBox(projection: GeoProjection, [x, y, w, h]: ViewBox, cssWidth: number): LngLatZoom {
	const [lng, lat] = projection.invert?.([x + w / 2, y + h / 2]) ?? [NaN, NaN];
	const pxPerMetre = (unitsPerMetre(projection, lng, lat) * cssWidth) / w;
	const zoom = Math.log2((pxPerMetre * 2 * Math.PI * EARTH_RADIUS * Math.cos(rad(lat))) / TILE);
	return { lng, lat, zoom };
}

/** The viewBox of `cssWidth` × `cssHeight` pixels that shows `view` (the inverse of viewOfBox). */
export function boxOfView(
	projection: GeoProjection,
	{ lng, lat, zoom }: LngLatZoom,
	cssWidth: number,
	cssHeight: number
): ViewBox {
	const [cx, cy] = projection([lng, lat]) ?? [NaN, NaN];
	const perPixel = unitsPerMetre(projection, lng, lat) / mercatorPixelsPerMetre(zoom, lat);
	const w = cssWidth * perPixel;
	const h = cssHeight * perPixel;
	return [cx - w / 2, cy - h / 2, w, h];
}
