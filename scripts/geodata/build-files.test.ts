import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFiles, FILE_NAMES } from './build-files';
import { PACKAGE } from './read-source';

describe('buildFiles (the full build, in memory)', () => {
	it('is deterministic and matches the committed geodata files byte for byte', () => {
		const root = resolve('node_modules', PACKAGE);
		const first = buildFiles(root);
		const second = buildFiles(root);
		expect(first.errors).toEqual([]);
		for (const name of FILE_NAMES) {
			expect(second.files[name] === first.files[name], `${name} differs between two builds`).toBe(true);
			const committed = readFileSync(resolve('geodata', name), 'utf8');
			expect(committed === first.files[name], `geodata/${name} is stale: run npm run geodata`).toBe(true);
		}
	});
});
