/**
 * The 南海诸岛 inset of the standard map of China as one small SVG document: the South China Sea
 * with its islands, the coast and the ten-dash line, drawn with d3-geo from our own TopoJSON. Built
 * once at build time (`/data/south-china-sea.svg`, prerendered) and shown as an image over the
 * WebGL map, so the inset costs the page no second WebGL context, style, worker tiles or shaders
 * (it cost ~0.7 s of shader linking alone; see scripts/bench/README-bench.md). Pure: no DOM.
 */
import { geoPath } from 'd3-geo';
import { merge } from 'topojson-client';
import type { GeometryCollection, Polygon, MultiPolygon, Topology } from 'topojson-specification';
import { chinaProjection, SCS_BOX } from '../geo/china-projection';
import { svgBase } from './svg-base';
import { d3Winding } from '../geo/d3-winding';
import { BASE } from './palette';

/**
 * Size of the drawing in SVG units (it scales with the box it is shown in). The height follows from
 * the projection of SCS_BOX at this width; the page reserves the box with it before the image loads
 * (a test checks that it matches).
 */
export const INSET_SIZE = { width: 150, height: 174 } as const;

/** A number of tenths as short as SVG allows: 12 → 1.2, -5 → -.5, 30 → 3. */
function tenths(n: number): string {
	const s = (Math.abs(n) / 10).toString().replace(/^0\./, '.');
	return n < 0 ? `-${s}` : s;
}

/**
 * A d3 path string (absolute M/L/Z with one decimal) rewritten with relative moves and lines, the
 * shortest separators and no repeated points: the same drawing in about half the characters.
 */
export function compactPath(d: string): string {
	let out = '';
	let x = 0;
	let y = 0;
	let start = [0, 0];
	let last = '';
	const num = (n: number) => {
		const s = tenths(n);
		out +=
			/[\d.]$/.test(out) && !s.startsWith('-') && !(s.startsWith('.') && /\.\d*$/.test(out)) ? ` ${s}` : s;
	};
	for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
		if (cmd === 'Z') {
			// The current point returns to the start of the subpath.
			out += 'z';
			[x, y] = start;
			last = 'z';
			continue;
		}
		const [ax, ay] = args.split(',').map((v) => Math.round(Number(v) * 10));
		const dx = ax - x;
		const dy = ay - y;
		if (cmd === 'L' && dx === 0 && dy === 0) continue;
		const c = cmd === 'M' ? 'm' : 'l';
		if (c !== last || c === 'm') out += c;
		num(dx);
		num(dy);
		[x, y, last] = [ax, ay, c];
		if (c === 'm') start = [ax, ay];
	}
	return out;
}

export function southChinaSeaSvg(china: Topology, world: Topology | null): string {
	const inset = chinaProjection(SCS_BOX, INSET_SIZE.width);
	const { width, height } = inset;
	// Clipped to the box: everything outside it (most of China) is left out of the file.
	const path = geoPath(
		inset.projection.clipExtent([
			[-2, -2],
			[width + 2, height + 2]
		])
	).digits(1);
	const base = svgBase(china, world, path);
	const p = (d: string, attrs: string) => (d ? `<path d="${d}" ${attrs}/>` : '');
	// China as one shape, filled and outlined at once: its outline is the national line (the arcs of
	// one province only), so the provinces' fills and the line need not repeat the coast three times.
	const provinces = china.objects.provinces as GeometryCollection;
	const merged = merge(china, provinces.geometries as Array<Polygon | MultiPolygon>);
	const land = path(d3Winding({ type: 'Feature', properties: null, geometry: merged })) ?? '';
	const body = [
		`<rect width="${width}" height="${height}" fill="${BASE.sea}"/>`,
		p(compactPath(base.neighbours.map((n) => n.d).join('')), `fill="${BASE.neighbour}"`),
		p(compactPath(land), `fill="${BASE.land}" stroke="${BASE.nationalLine}" stroke-width=".8"`),
		...base.boundaries
			.filter((b) => b.kind === 'south-china-sea')
			.map((b) =>
				p(b.d, `fill="none" stroke="${BASE.boundaryLine}" stroke-width="1.4" data-kind="${b.kind}"`)
			)
	].filter(Boolean);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
		body.join('') +
		`</svg>\n`
	);
}
