import { buildChina } from './build-china';
import { buildWorld } from './build-world';
import { checkOutputs } from './checks';
import { OPTIONS } from './options';
import { readChinaSource, readWorld } from './read-source';
import { serialize } from './serialize';

export const FILE_NAMES = ['china.topo.json', 'counties.topo.json', 'world.topo.json'] as const;
export type FileName = (typeof FILE_NAMES)[number];

export const BUDGET = { chinaPlusWorld: 700 * 1024, counties: 3 * 1024 * 1024 };

export interface BuiltFiles {
	files: Record<FileName, string>;
	/** Failed checks (empty when the files may be written). */
	errors: string[];
	summary: string[];
}

/** Builds the text of the three files from the package at `root`, with every check applied. */
export function buildFiles(root: string): BuiltFiles {
	const { china, counties, stats } = buildChina(readChinaSource(root), OPTIONS);
	const world = buildWorld(readWorld(root), OPTIONS.world);
	const errors = checkOutputs(china, counties, world.topology);
	const files: Record<FileName, string> = {
		'china.topo.json': serialize(china),
		'counties.topo.json': serialize(counties),
		'world.topo.json': serialize(world.topology)
	};
	const size = (name: FileName) => Buffer.byteLength(files[name]);
	const chinaPlusWorld = size('china.topo.json') + size('world.topo.json');
	if (chinaPlusWorld > BUDGET.chinaPlusWorld) {
		errors.push(`china.topo.json + world.topo.json = ${chinaPlusWorld} bytes > ${BUDGET.chinaPlusWorld}`);
	}
	if (size('counties.topo.json') > BUDGET.counties) {
		errors.push(`counties.topo.json = ${size('counties.topo.json')} bytes > ${BUDGET.counties}`);
	}
	const o = china.objects;
	const summary = [
		`${o.provinces.geometries.length} provinces, ${o.prefectures.geometries.length} prefectures, ` +
			`${o.boundaries.geometries.length} boundary groups, ${counties.objects.counties.geometries.length} counties, ` +
			`${world.topology.objects.countries.geometries.length} countries`,
		`points kept: china ${stats.china.points}, counties ${stats.counties.points}, world ${world.points}; ` +
			`rings dropped by quantization: china ${stats.china.droppedRings}, counties ${stats.counties.droppedRings}, world ${world.droppedRings}; ` +
			`polygons turned back: china ${stats.china.rewound}, counties ${stats.counties.rewound}, world ${world.rewound}`
	];
	return { files, errors, summary };
}
