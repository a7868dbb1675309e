/**
 * Presentation mode's marks, one rule each for both renderers: the WebGL layers (PresentLayers) and
 * the drawing shown without WebGL (PresentSvg) read their colours, widths and dashes from here, so a
 * classroom PC without WebGL shows the same slide. Widths in CSS pixels; dashes in line widths, as
 * MapLibre's `line-dasharray` counts them.
 */
export const PRESENT = {
	/** The places around the stop's subject (an area's other parts). */
	context: { fill: '#e0a000', fillOpacity: 0.22, line: '#9a6a00', lineWidth: 1 },
	/** The provinces a partially drawn area spans. */
	span: { line: '#7a0000', lineWidth: 2, dash: [3, 2], opacity: 0.8 },
	/** The stop's places: a fill, a white casing and a dark outline. */
	highlight: {
		fill: '#d11a1a',
		fillOpacity: 0.45,
		casing: '#ffffff',
		casingWidth: 7,
		line: '#7a0000',
		lineWidth: 3.5
	},
	/** The route from symposium to symposium. */
	route: { line: '#1d1d1d', lineWidth: 2, dash: [2, 2] },
	/** A place drawn as a point (a village, a site). */
	point: { radius: 9, fill: '#d11a1a', stroke: '#ffffff', strokeWidth: 3 },
	/** A symposium's numbered disc; the current one is filled. */
	symposium: {
		radius: 15,
		fill: '#ffffff',
		stroke: '#1d1d1d',
		strokeWidth: 2.5,
		text: '#1d1d1d',
		textSize: 17,
		current: '#d11a1a',
		currentText: '#ffffff'
	}
} as const;

/** A dash pattern in line widths as an SVG `stroke-dasharray` (user units of a non-scaling stroke). */
export function svgDash(dash: readonly number[], width: number): string {
	return dash.map((d) => d * width).join(' ');
}
