import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import chinaJson from '../../../geodata/china.topo.json';
import worldJson from '../../../geodata/world.topo.json';
import countiesJson from '../../../geodata/counties.topo.json';
import { basemapSources, countyZoomSources, prefectureSources } from './basemap';
import { baseLayers, PARTS, SOURCES } from './style';
import { partOf } from './parts';

const data = {
	...basemapSources(chinaJson as unknown as Topology, worldJson as unknown as Topology),
	...prefectureSources(chinaJson as unknown as Topology),
	...countyZoomSources(countiesJson as unknown as Topology)
};

/** The part a base layer draws (its filter is `partIs(part)`, or an `all` starting with it). */
function partOfLayer(filter: unknown): string | undefined {
	const f = filter as unknown[] | undefined;
	if (!f) return undefined;
	if (f[0] === 'all') return partOfLayer(f[1]);
	return f[0] === '==' && JSON.stringify(f[1]) === '["get","part"]' ? (f[2] as string) : undefined;
}

describe('base map sources', () => {
	it('has data for every base layer, in the source the layer reads', () => {
		for (const layer of baseLayers()) {
			if (layer.type === 'background') continue;
			const source = (layer as { source: keyof typeof data }).source;
			const part = partOfLayer((layer as { filter?: unknown }).filter);
			expect(part, layer.id).toBeDefined();
			expect(partOf(data[source], part!).length, `${layer.id}: ${part} in ${source}`).toBeGreaterThan(0);
		}
	});

	it('draws the land and the coast at county zoom from the county file, and the 34 provinces at the national view', () => {
		const land = partOf(data[SOURCES.fine], PARTS.land);
		expect(land).toHaveLength(1);
		expect(land[0].geometry.type).toBe('MultiPolygon');
		// Hainan, Taiwan and the islands are separate polygons of the one land feature.
		expect((land[0].geometry as { coordinates: unknown[] }).coordinates.length).toBeGreaterThan(100);
		expect(partOf(data[SOURCES.fine], PARTS.nationalBorder)).toHaveLength(1);
		expect(partOf(data[SOURCES.base], PARTS.province)).toHaveLength(34);
		// The prefectural borders are not in the first view's source (they are drawn from zoom 5).
		expect(partOf(data[SOURCES.base], PARTS.prefectureBorder)).toHaveLength(0);
		expect(partOf(data[SOURCES.prefectures], PARTS.prefectureBorder)).toHaveLength(1);
	});
});
