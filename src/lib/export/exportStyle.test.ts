import { describe, it, expect } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { baseStyle, BASE_LABEL_LAYER, FINE_ZOOM } from '../map/style';
import { OVERLAY_LAYERS } from '../explore/layers';
import { exportStyle } from './exportStyle';

/** The explore map's style as MapLibre serialises it: base layers, then the overlays inserted. */
function exploreStyle(visible: string[]): StyleSpecification {
	// The province labels hidden, as a hidden layer of the live map.
	const base = baseStyle();
	base.layers = base.layers.map((l) =>
		l.id === BASE_LABEL_LAYER ? ({ ...l, layout: { ...l.layout, visibility: 'none' } } as typeof l) : l
	);
	const sources = { ...base.sources };
	for (const { spec } of OVERLAY_LAYERS)
		if ('source' in spec)
			sources[spec.source] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
	const overlays = OVERLAY_LAYERS.map(({ layer, spec }) =>
		layer === 'always' || visible.includes(layer)
			? spec
			: { ...spec, layout: { ...(spec as { layout?: object }).layout, visibility: 'none' as const } }
	);
	return { ...base, sources, layers: [...base.layers, ...overlays] } as StyleSpecification;
}

describe('exportStyle', () => {
	it('drops hidden layers, invisible click targets and the sources no kept layer uses', () => {
		const s = exportStyle(exploreStyle(['sanqu']), 4);
		const ids = s.layers.map((l) => l.id);
		expect(ids).toContain('sanqu-fill');
		expect(ids).toContain('selection-line');
		expect(ids).not.toContain('areas-fill');
		expect(ids).not.toContain('counties-hit');
		// Hidden layers stay hidden (here the province labels).
		expect(ids).not.toContain('province-label');
		const used = new Set(s.layers.map((l) => ('source' in l ? l.source : '')));
		expect(Object.keys(s.sources).sort()).toEqual([...used].filter(Boolean).sort());
		expect(Object.keys(s.sources)).not.toContain('ov-counties');
	});

	it('keeps the layers drawn at the export zoom: county lines only when zoomed in', () => {
		const far = exportStyle(exploreStyle([]), 3.5).layers.map((l) => l.id);
		expect(far).not.toContain('county-line');
		expect(far).not.toContain('prefecture-line');
		expect(far).toContain('province-line');
		expect(exportStyle(exploreStyle([]), 4.5).layers.map((l) => l.id)).toContain('prefecture-line');
		const near = exportStyle(exploreStyle([]), FINE_ZOOM + 1).layers.map((l) => l.id);
		expect(near).toContain('county-line');
		expect(near).toContain('province-line-fine');
	});

	it('keeps only the named layers with `only`', () => {
		const s = exportStyle(exploreStyle([]), 3, { only: ['sea', 'province-fill'], margin: 24 });
		expect(s.layers.map((l) => l.id)).toEqual(['sea', 'province-fill']);
		expect(Object.keys(s.sources)).toEqual(['base']);
	});
});
