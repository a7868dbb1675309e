import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CountryProperties, LonLat, WorldTopology } from '../../src/lib/geo/types';
import { labelPoint } from '../../src/lib/geo/label-point';
import { simplifyTopology } from './simplify-topology';
import type { SimplifyOptions } from './types';

interface RawCountry {
	name: string;
	full_name: string;
	iso_a2: string;
	iso_a3: string;
}

/**
 * world.topo.json: the package's world layer (Chinese names), object `countries`. Feature id is the
 * ISO 3166 alpha-3 code, or the Chinese name where the code is missing (-99) or repeated.
 * China is kept, flagged `china: true`: the app draws China from china.topo.json and may use this
 * outline only as an underlay.
 */
export function buildWorld(
	world: FeatureCollection,
	options: SimplifyOptions
): { topology: WorldTopology; points: number; droppedRings: number } {
	const raw = world.features as Feature<Polygon | MultiPolygon, RawCountry>[];
	const count = new Map<string, number>();
	for (const f of raw) count.set(f.properties.iso_a3, (count.get(f.properties.iso_a3) ?? 0) + 1);
	const features = raw.map((f) => {
		const p = f.properties;
		const id = /^[A-Z]{3}$/.test(p.iso_a3) && count.get(p.iso_a3) === 1 ? p.iso_a3 : p.name;
		const point = labelPoint(f.geometry);
		if (!point) throw new Error(`world: ${p.name} has an empty geometry`);
		const properties: CountryProperties = {
			name: p.name,
			full_name: p.full_name,
			iso_a2: p.iso_a2,
			iso_a3: p.iso_a3,
			china: p.iso_a3 === 'CHN',
			label: point as LonLat
		};
		return { type: 'Feature', id, properties, geometry: f.geometry } as Feature;
	});
	const ids = features.map((f) => f.id);
	const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
	if (repeated.length) throw new Error(`world: repeated ids ${repeated.join(', ')}`);
	const topo = topology({ countries: { type: 'FeatureCollection', features } as FeatureCollection });
	return simplifyTopology(topo as unknown as WorldTopology, options);
}
