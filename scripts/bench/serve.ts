import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

/**
 * The port a bench serves on: \`BENCH_PORT\` + offset when set (so that several people on one
 * machine keep to their own ports), else 0 (the system picks a free one).
 */
export function benchPort(offset = 0): number {
	const base = Number(process.env.BENCH_PORT);
	return Number.isInteger(base) && base > 0 ? base + offset : 0;
}

export interface StaticServer {
	/** e.g. http://127.0.0.1:43121 (no trailing slash). */
	origin: string;
	close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** The file a URL path names under `root`: `p`, `p.html`, `p/index.html`; null when outside `root` or missing. */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
	const path = normalize(join(root, decodeURIComponent(urlPath)));
	if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
	for (const candidate of [path, `${path}.html`, join(path, 'index.html')])
		if (await isFile(candidate)) return candidate;
	return null;
}

/**
 * A minimal static file server on 127.0.0.1 (never another interface). `mounts` maps URL prefixes
 * ('/', '/bench/') to folders; the longest matching prefix wins. No compression, no caching headers:
 * the bench measures sizes itself and starts every run with an empty cache.
 */
export async function serveStatic(mounts: Record<string, string>, port = 0): Promise<StaticServer> {
	const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
	const server: Server = createServer((req, res) => {
		void (async () => {
			const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
			const prefix = prefixes.find((p) => urlPath.startsWith(p));
			const file =
				prefix === undefined ? null : await resolveFile(mounts[prefix], urlPath.slice(prefix.length - 1));
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				res.writeHead(405).end();
			} else if (!file) {
				res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			} else {
				const body = await readFile(file);
				res.writeHead(200, {
					'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
					'content-length': body.length,
					'cache-control': 'no-store'
				});
				res.end(req.method === 'HEAD' ? undefined : body);
			}
		})().catch((e: unknown) => {
			res.writeHead(500).end(String(e));
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('server has no port');
	return {
		origin: `http://127.0.0.1:${address.port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
