/**
 * What the /data endpoints are built from: the gazetteer and the label points of the geodata.
 * Imported only by prerendered endpoints, so the TopoJSON is read at build time, never shipped.
 */
import type { Topology } from 'topojson-specification';
import type { LonLat } from '$lib/geo/types';
import { loadGazetteer, loadPovertyCounties } from '$lib/gazetteer/load';
import { buildAtlas } from '$lib/explore/build-atlas';
import type { Atlas } from '$lib/explore/types';
import { labelPointsOf } from '$lib/corpus/labelPoints';
import { unitsOf, type UnitEntry } from '$lib/explore/units';
import { loadTables } from '$lib/gazetteer/load';
import { buildRegionsGeoJson, type RegionsGeoJson } from '$lib/corpus/regionsGeojson';
import china from '../../../geodata/china.topo.json';
import counties from '../../../geodata/counties.topo.json';

export const gazetteer = loadGazetteer();

let points: Map<string, LonLat> | undefined;
export function labelPoints(): Map<string, LonLat> {
	points ??= labelPointsOf(china as unknown as Topology, counties as unknown as Topology);
	return points;
}

let unitTable: Map<string, UnitEntry> | undefined;
/** Every unit of the geodata by code (names, levels, each prefecture's county count). */
export function units(): Map<string, UnitEntry> {
	unitTable ??= unitsOf([china as unknown as Topology, counties as unknown as Topology]);
	return unitTable;
}

let regionTable: RegionsGeoJson | undefined;
/** The target regions as polygons (regions.geojson; reused by the LPF export). */
export function regions(): RegionsGeoJson {
	regionTable ??= buildRegionsGeoJson(gazetteer, loadTables().members, counties as unknown as Topology);
	return regionTable;
}

let atlasTable: Atlas | undefined;
/** The gazetteer trimmed for the explore screen (atlas.json, the page's legend, /place pages, the overview). */
export function atlas(): Atlas {
	atlasTable ??= buildAtlas(gazetteer, loadPovertyCounties(), labelPoints());
	return atlasTable;
}
