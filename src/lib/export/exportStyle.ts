/**
 * The part of the live map's style an export needs: the layers that draw something at the export's
 * zoom (visible, in zoom range, not the invisible click targets), and only the sources those use.
 * Every dropped source is data the off-screen map does not parse and tile again. Pure.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';

function drawsNothing(layer: LayerSpecification): boolean {
	const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
	return paint['fill-opacity'] === 0 || paint['line-opacity'] === 0 || paint['circle-opacity'] === 0;
}

/**
 * `style` reduced to what draws at zooms within `margin` of `zoom`; with `only`, just those layer ids.
 */
export function exportStyle(
	style: StyleSpecification,
	zoom: number,
	o: { margin?: number; only?: readonly string[] } = {}
): StyleSpecification {
	const margin = o.margin ?? 1;
	const layers = style.layers.filter(
		(l) =>
			(!o.only || o.only.includes(l.id)) &&
			(l.layout as { visibility?: string } | undefined)?.visibility !== 'none' &&
			(l.minzoom ?? 0) <= zoom + margin &&
			(l.maxzoom ?? 24) > zoom - margin &&
			!drawsNothing(l)
	);
	const used = new Set(layers.map((l) => ('source' in l ? l.source : undefined)).filter(Boolean));
	const sources = Object.fromEntries(Object.entries(style.sources).filter(([id]) => used.has(id)));
	return { ...style, layers, sources };
}
