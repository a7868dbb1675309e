/**
 * The gazetteer as the app and the scripts see it: the human-edited JSON under geodata/gazetteer/,
 * imported statically (works in the Vite build, under Vitest and under tsx), with area members filled
 * in from tables.json (generated from the CSV files by `npm run gazetteer:build`).
 */
import provinces from '../../../geodata/gazetteer/provinces.json';
import prefectures from '../../../geodata/gazetteer/prefectures.json';
import counties from '../../../geodata/gazetteer/counties.json';
import villages from '../../../geodata/gazetteer/villages.json';
import areas from '../../../geodata/gazetteer/areas.json';
import regions from '../../../geodata/gazetteer/regions.json';
import broad from '../../../geodata/gazetteer/broad.json';
import events from '../../../geodata/gazetteer/events.json';
import lexicon from '../../../geodata/gazetteer/lexicon.json';
import sources from '../../../geodata/gazetteer/sources.json';
import tables from '../../../geodata/gazetteer/tables.json';
import { assembleGazetteer } from './assemble';
import { withEnglishNames } from './names-en';
import type { Gazetteer, GazetteerEvent, GazetteerTables, Place, PovertyCounty, Source } from './types';

/** The entries of every place file, in file order, with their English names from names_en.json. */
export const PLACE_FILES: Readonly<Record<string, readonly Place[]>> = {
	'provinces.json': withEnglishNames('provinces.json', provinces) as Place[],
	'prefectures.json': withEnglishNames('prefectures.json', prefectures) as Place[],
	'counties.json': withEnglishNames('counties.json', counties) as Place[],
	'villages.json': withEnglishNames('villages.json', villages) as Place[],
	'areas.json': withEnglishNames('areas.json', areas) as Place[],
	'regions.json': withEnglishNames('regions.json', regions) as Place[],
	'broad.json': withEnglishNames('broad.json', broad) as Place[]
};

const TABLES = tables as GazetteerTables;

let cached: Gazetteer | undefined;

/** The whole gazetteer, members filled in (a fresh deep copy on the first call, then cached). */
export function loadGazetteer(): Gazetteer {
	cached ??= assembleGazetteer({
		places: Object.values(PLACE_FILES).flat(),
		events: events as GazetteerEvent[],
		lexicon: lexicon as Pick<Gazetteer, 'stopwords' | 'ambiguous'>,
		tables: TABLES
	});
	return cached;
}

/** Every source: sources.json plus sources_added.json (research) when it was present at build. */
export function loadSources(): Source[] {
	return [...(sources as Source[]), ...TABLES.sources_added];
}

/** The 832 poverty counties with their exit year (832 rows; 冷湖 and 茫崖 share 632803). */
export function loadPovertyCounties(): PovertyCounty[] {
	return TABLES.poverty_counties;
}

/** The membership rows (one per area and county, with source) and the rows left out, with why. */
export function loadTables(): GazetteerTables {
	return TABLES;
}
