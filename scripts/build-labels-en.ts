/**
 * CLI (Node only, never imported by the app): regenerate geodata/labels-en.json, the English map label
 * of every provincial and prefecture-level unit of geodata/china.topo.json by code, from the gazetteer
 * and pinyin (src/lib/geo/english-labels.ts). The app loads it only when the reader switches to English.
 *   npm run labels:build             write labels-en.json
 *   npm run labels:build -- --check  exit 1 if labels-en.json is out of date
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { englishLabels, type UnitName } from '../src/lib/geo/english-labels';
import { loadGazetteer } from '../src/lib/gazetteer/load';
import type { AdminProperties } from '../src/lib/geo/types';

const GEODATA = resolve(dirname(fileURLToPath(import.meta.url)), '../geodata');
export const LABELS_EN_PATH = resolve(GEODATA, 'labels-en.json');

/** The provincial and prefecture-level units of china.topo.json, by code and short name. */
export function chinaUnits(path = resolve(GEODATA, 'china.topo.json')): UnitName[] {
	const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology;
	const units: UnitName[] = [];
	for (const object of ['provinces', 'prefectures']) {
		const gc = topo.objects[object] as GeometryCollection<AdminProperties>;
		for (const g of gc.geometries)
			units.push({ code: String(g.id), name: (g.properties as AdminProperties).name });
	}
	return units;
}

/** The text of labels-en.json. */
export function renderLabelsEn(): string {
	return JSON.stringify(englishLabels(chinaUnits(), loadGazetteer().places), null, '\t') + '\n';
}

function main(argv: string[]): number {
	const text = renderLabelsEn();
	if (argv.includes('--check')) {
		const current = existsSync(LABELS_EN_PATH) ? readFileSync(LABELS_EN_PATH, 'utf8') : '';
		if (current !== text) {
			console.error(`${LABELS_EN_PATH} is out of date: run npm run labels:build`);
			return 1;
		}
		return 0;
	}
	writeFileSync(LABELS_EN_PATH, text);
	console.log(`labels-en.json: ${Object.keys(JSON.parse(text) as object).length} units`);
	return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
	process.exit(main(process.argv.slice(2)));
