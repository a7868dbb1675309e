/**
 * CLI (Node only, never imported by the app): regenerate geodata/gazetteer/tables.json from the CSV
 * files, merging area_counties_added.csv and sources_added.json when present.
 *   npm run gazetteer:build            write tables.json
 *   npm run gazetteer:build -- --check exit 1 if tables.json is out of date
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTables } from './tables';
import type { Source } from './types';

export const GAZETTEER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../geodata/gazetteer');

/** Read the CSV inputs from `dir` and return the tables.json text. */
export function renderTables(dir: string = GAZETTEER_DIR): string {
	const read = (f: string) => readFileSync(resolve(dir, f), 'utf8');
	const optional = (f: string) => (existsSync(resolve(dir, f)) ? read(f) : undefined);
	const added = optional('sources_added.json');
	const tables = buildTables({
		areaCounties: read('area_counties.csv'),
		areaCountiesAdded: optional('area_counties_added.csv'),
		areaCountiesMore: optional('area_counties_more.csv'),
		povertyCounties: read('poverty_counties.csv'),
		sourcesAdded: added ? (JSON.parse(added) as Source[]) : undefined
	});
	return JSON.stringify(tables, null, '\t') + '\n';
}

function main(argv: string[]): number {
	const out = resolve(GAZETTEER_DIR, 'tables.json');
	const text = renderTables();
	if (argv.includes('--check')) {
		const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
		if (current !== text) {
			console.error(`${out} is out of date: run npm run gazetteer:build`);
			return 1;
		}
		return 0;
	}
	writeFileSync(out, text);
	const t = JSON.parse(text) as { members: unknown[]; excluded: { area_id: string; name_2023: string }[] };
	console.log(
		`tables.json: ${t.members.length} member rows; excluded: ${t.excluded.map((e) => `${e.area_id}/${e.name_2023}`).join(', ') || 'none'}`
	);
	return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
	process.exit(main(process.argv.slice(2)));
