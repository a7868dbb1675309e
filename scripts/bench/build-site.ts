import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** `npm run build` in `root`, quietly; throws when the build fails. */
export function buildSite(root: string): void {
	console.log('Building the site (npm run build)…');
	const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status})`);
}

/** Throws unless `site` holds a built site (for `--no-build`). */
export function requireBuiltSite(site: string): void {
	if (!existsSync(join(site, 'index.html')))
		throw new Error('build/index.html is missing: run without --no-build');
}
