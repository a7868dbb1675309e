import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Arc, GeometryObject as AnyGeometryObject, Properties, Topology } from 'topojson-specification';

type GeometryObject = AnyGeometryObject<Properties>;
import { pruneArcs } from './prune-arcs';
import type { SimplifyOptions } from './types';

/** Mean Earth radius (km), to turn a threshold in km² into steradians. */
export const EARTH_RADIUS_KM = 6371.0088;

type Weighted = number[][];

function ringsOf(g: GeometryObject): number[][] {
	if (g.type === 'Polygon') return g.arcs;
	if (g.type === 'MultiPolygon') return g.arcs.flat();
	return [];
}

function geometries(topology: Topology): GeometryObject[] {
	return Object.values(topology.objects).flatMap((o) =>
		o.type === 'GeometryCollection' ? o.geometries : [o]
	);
}

/**
 * Keeps every ring a triangle at least: where simplification would leave a ring with fewer than
 * three distinct points, the ring's heaviest interior points are marked as always kept. Arcs are
 * shared, so a neighbour sharing that arc keeps the same points and borders still coincide.
 */
function protectRings(arcs: Weighted[], topology: Topology, minWeight: number): void {
	for (const g of geometries(topology)) {
		for (const ring of ringsOf(g)) {
			const indices = ring.map((i) => (i < 0 ? ~i : i));
			let distinct = 0;
			for (const a of indices) distinct += arcs[a].filter((p) => p[2] >= minWeight).length - 1;
			if (distinct >= 3) continue;
			const candidates: Array<{ a: number; k: number; w: number }> = [];
			for (const a of indices) {
				arcs[a].forEach((p, k) => {
					if (p[2] < minWeight) candidates.push({ a, k, w: p[2] });
				});
			}
			candidates.sort((x, y) => y.w - x.w || x.a - y.a || x.k - y.k);
			for (const c of candidates.slice(0, 3 - distinct)) arcs[c.a][c.k][2] = Infinity;
		}
	}
}

/**
 * Scales down the weights of the points outside `box` so that the threshold there is
 * `outside.minAreaKm2` instead of `minAreaKm2`. Arcs must be unquantized (lon, lat, weight).
 */
function coarsenOutside(
	arcs: Weighted[],
	minAreaKm2: number,
	outside: NonNullable<SimplifyOptions['outside']>
): void {
	const [w, s, e, n] = outside.box;
	const factor = minAreaKm2 / outside.minAreaKm2;
	for (const arc of arcs) {
		for (const p of arc) {
			if (!(p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n)) p[2] *= factor;
		}
	}
}

function decode(arc: Arc): number[][] {
	let x = 0;
	let y = 0;
	return arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
}

/** Twice the planar area of a ring of (quantized, delta-encoded) arcs. */
function ringArea2(arcs: Arc[], ring: number[]): number {
	const points: number[][] = [];
	for (const i of ring) {
		const coords = decode(arcs[i < 0 ? ~i : i]);
		if (i < 0) coords.reverse();
		points.push(...(points.length ? coords.slice(1) : coords));
	}
	let sum = 0;
	for (let k = 1; k < points.length; k++) {
		sum += points[k - 1][0] * points[k][1] - points[k][0] * points[k - 1][1];
	}
	return sum;
}

/** Drops rings (and polygons whose outer ring) that quantization reduced to zero area. */
function dropDegenerateRings(topology: Topology): number {
	let dropped = 0;
	const keepPolygon = (rings: number[][]) => {
		if (!rings.length || ringArea2(topology.arcs, rings[0]) === 0) {
			dropped += rings.length;
			return null;
		}
		const kept = rings.filter((r, k) => k === 0 || ringArea2(topology.arcs, r) !== 0);
		dropped += rings.length - kept.length;
		return kept;
	};
	for (const g of geometries(topology)) {
		if (g.type === 'Polygon') {
			const kept = keepPolygon(g.arcs);
			g.arcs = kept ?? [];
		} else if (g.type === 'MultiPolygon') {
			g.arcs = g.arcs.map(keepPolygon).filter((p): p is number[][] => p !== null);
		}
	}
	return dropped;
}

/**
 * Turns back the polygons that simplification and quantization turned over (a small ring cut to a
 * triangle can come out wound the other way: an islet of 广东 did, and d3 then drew 广东 as the rest of
 * the globe). Each polygon's outer ring is wound as most of the topology's are, whichever convention
 * that is; a turned polygon has all its rings reversed, so its holes stay holes. Returns how many.
 */
function rewindFlipped(topology: Topology): number {
	const polygons: number[][][] = [];
	for (const g of geometries(topology)) {
		if (g.type === 'Polygon') polygons.push(g.arcs);
		else if (g.type === 'MultiPolygon') polygons.push(...g.arcs);
	}
	// A polygon that quantization emptied has no ring to turn.
	const drawn = polygons.filter((p) => p.length > 0);
	const signs = drawn.map((p) => Math.sign(ringArea2(topology.arcs, p[0])));
	const usual = signs.filter((s) => s > 0).length >= signs.filter((s) => s < 0).length ? 1 : -1;
	let turned = 0;
	drawn.forEach((p, k) => {
		if (signs[k] !== -usual) return;
		for (let r = 0; r < p.length; r++) p[r] = [...p[r]].reverse().map((arc) => ~arc);
		turned++;
	});
	return turned;
}

/**
 * Visvalingam simplification on the sphere (topojson-simplify presimplify with spherical triangle
 * areas, then simplify at `minAreaKm2`), keeping every ring at least a triangle; then drops unused
 * arcs, quantizes to an n × n grid, drops rings that quantization made empty and turns back polygons
 * it turned over (rewindFlipped). With
 * `options.outside`, points outside its box are simplified at its (coarser) threshold.
 * The input is not modified.
 */
export function simplifyTopology<T extends Topology>(
	input: T,
	options: SimplifyOptions
): { topology: T; droppedRings: number; rewound: number; points: number } {
	const source = structuredClone(input);
	const minWeight = options.minAreaKm2 / EARTH_RADIUS_KM ** 2;
	const weighted = presimplify(source as never, sphericalTriangleArea) as unknown as Topology;
	if (options.outside) coarsenOutside(weighted.arcs as Weighted[], options.minAreaKm2, options.outside);
	protectRings(weighted.arcs as Weighted[], weighted, minWeight);
	const simple = pruneArcs(simplify(weighted as never, minWeight) as unknown as T);
	const quantized = quantize(simple as never, options.quantization) as unknown as T;
	const droppedRings = dropDegenerateRings(quantized);
	const rewound = rewindFlipped(quantized);
	const topology = pruneArcs(quantized);
	const points = topology.arcs.reduce((n, a) => n + a.length, 0);
	return { topology, droppedRings, rewound, points };
}
