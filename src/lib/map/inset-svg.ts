/**
 * The 南海诸岛 inset of the standard map of China as one small SVG document: the South China Sea
 * with its islands, the coast and the ten-dash line, drawn with d3-geo from our own TopoJSON. Built
 * once at build time (`/data/south-china-sea.svg`, prerendered) and shown as an image over the
 * WebGL map, so the inset costs the page no second WebGL context, style, worker tiles or shaders
 * (it cost ~0.7 s of shader linking alone; see scripts/bench/README-bench.md). Pure: no DOM.
 */
import { geoPath } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { chinaProjection, SCS_BOX } from '../geo/china-projection';
import { svgBase } from './svg-base';
import { BASE } from './palette';

/**
 * Size of the drawing in SVG units (it scales with the box it is shown in). The height follows from
 * the projection of SCS_BOX at this width; the page reserves the box with it before the image loads
 * (a test checks that it matches).
 */
export const INSET_SIZE = { width: 150, height: 174 } as const;

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
	const body = [
		`<rect width="${width}" height="${height}" fill="${BASE.sea}"/>`,
		...base.neighbours.map((n) => p(n.d, `fill="${BASE.neighbour}"`)),
		...base.provinces.map((f) => p(f.d, `fill="${BASE.land}"`)),
		p(base.nationalLine, `fill="none" stroke="${BASE.nationalLine}" stroke-width="0.8"`),
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
