import type { GeometryCollection, GeometryObject } from 'topojson-specification';
import type {
	AdminProperties,
	BoundaryProperties,
	ChinaTopology,
	CountryProperties,
	CountiesTopology,
	WorldTopology
} from '../../src/lib/geo/types';

export const EXPECTED = {
	provinces: [34, 34],
	prefectures: [330, 400],
	counties: [2800, 3100],
	countries: [200, 260]
} as const;

function hasArcs(g: GeometryObject): boolean {
	if (g.type === 'Polygon' || g.type === 'MultiLineString') return g.arcs.length > 0;
	if (g.type === 'MultiPolygon') return g.arcs.length > 0 && g.arcs.every((p) => p.length > 0);
	if (g.type === 'LineString') return g.arcs.length > 0;
	return false;
}

function checkCollection(
	name: string,
	collection: GeometryCollection<AdminProperties>,
	range: readonly [number, number],
	errors: string[]
): Map<string, AdminProperties> {
	const out = new Map<string, AdminProperties>();
	const n = collection.geometries.length;
	if (n < range[0] || n > range[1]) errors.push(`${name}: ${n} features, expected ${range[0]}–${range[1]}`);
	for (const g of collection.geometries) {
		const id = String(g.id);
		if (!/^\d{6}$/.test(id)) errors.push(`${name}: id "${id}" is not 6 digits`);
		if (out.has(id)) errors.push(`${name}: id ${id} repeated`);
		if (!hasArcs(g)) errors.push(`${name}: ${id} has an empty geometry`);
		if (!g.properties) errors.push(`${name}: ${id} has no properties`);
		else out.set(id, g.properties as AdminProperties);
	}
	return out;
}

/** Every check the build must pass; returns the failures (empty when all is well). */
export function checkOutputs(
	china: ChinaTopology,
	counties: CountiesTopology,
	world: WorldTopology
): string[] {
	const errors: string[] = [];
	const provinces = checkCollection(
		'provinces',
		china.objects.provinces as GeometryCollection<AdminProperties>,
		EXPECTED.provinces,
		errors
	);
	const prefectures = checkCollection('prefectures', china.objects.prefectures, EXPECTED.prefectures, errors);
	const countyProps = checkCollection('counties', counties.objects.counties, EXPECTED.counties, errors);
	for (const code of ['710000', '810000', '820000', '510000']) {
		if (!provinces.has(code)) errors.push(`provinces: ${code} missing`);
	}
	for (const [id, p] of provinces) {
		if (p.level !== 'province' || p.province !== id)
			errors.push(`provinces: ${id} has level ${p.level}, province ${p.province}`);
	}
	for (const [id, p] of prefectures) {
		if (p.level !== 'prefecture') errors.push(`prefectures: ${id} has level ${p.level}`);
		if (!provinces.has(p.province)) errors.push(`prefectures: ${id} has unknown province ${p.province}`);
		if (id.slice(0, 2) !== p.province.slice(0, 2))
			errors.push(`prefectures: ${id} does not start with its province's digits ${p.province}`);
	}
	for (const [id, p] of countyProps) {
		if (p.level !== 'county') errors.push(`counties: ${id} has level ${p.level}`);
		if (!provinces.has(p.province)) errors.push(`counties: ${id} has unknown province ${p.province}`);
		if (id.slice(0, 2) !== p.province.slice(0, 2))
			errors.push(`counties: ${id} does not start with its province's digits ${p.province}`);
		if (!p.prefecture || !prefectures.has(p.prefecture))
			errors.push(`counties: ${id} has unknown prefecture ${p.prefecture}`);
		else if (prefectures.get(p.prefecture)?.province !== p.province)
			errors.push(`counties: ${id} prefecture ${p.prefecture} is in another province`);
	}
	for (const [id, p] of [...provinces, ...prefectures, ...countyProps]) {
		const [lon, lat] = p.label ?? [];
		if (!(lon >= 73 && lon <= 136 && lat >= 3 && lat <= 54))
			errors.push(`${id}: label ${p.label} outside China`);
	}
	const boundaries = china.objects.boundaries.geometries as Array<
		{ properties?: BoundaryProperties } & GeometryObject
	>;
	if (!boundaries.some((g) => g.properties?.kind === 'south-china-sea' && hasArcs(g))) {
		errors.push('boundaries: no South China Sea line');
	}
	const countries = world.objects.countries.geometries as Array<
		{ properties?: CountryProperties } & GeometryObject
	>;
	const nc = countries.length;
	if (nc < EXPECTED.countries[0] || nc > EXPECTED.countries[1]) errors.push(`countries: ${nc} features`);
	if (countries.filter((g) => g.properties?.china).length !== 1)
		errors.push('countries: not exactly one flagged china');
	for (const g of countries) if (!hasArcs(g)) errors.push(`countries: ${g.id} has an empty geometry`);
	return errors;
}
