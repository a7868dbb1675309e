/**
 * `npm run serve`: serves the built site (build/) on every network interface so that students on the
 * same network can open it from the teacher's laptop with no internet. Prints the addresses to give
 * out and a QR code of the first one. Build first (`npm run build`, with the same BASE_PATH).
 *
 *   npm run serve                  # port 4173
 *   PORT=8080 npm run serve        # or: npm run serve -- --port 8080
 *   BASE_PATH=/atlas npm run serve # when the build was made with BASE_PATH=/atlas
 *   npm run serve -- --host 127.0.0.2 --lan-host 127.0.0.2   # tests: bind one address, announce it
 *
 * The addresses for students are also served at `{base}/lan.json` (`{"urls": [...]}`), so that the
 * QR dialog of a page opened on this laptop as `localhost` hands out the LAN address instead.
 */
import { existsSync } from 'node:fs';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderUnicodeCompact } from 'uqr';
import type { Plugin } from 'vite';

/**
 * The addresses other machines can use: one per non-internal IPv4 address (IPv6 link-local addresses
 * need a zone id that phones do not take, so IPv6 is left out), private LAN ranges first.
 */
export function lanUrls(
	interfaces: Record<string, NetworkInterfaceInfo[] | undefined>,
	port: number,
	base = ''
): string[] {
	const addresses = Object.values(interfaces)
		.flatMap((list) => list ?? [])
		.filter((i) => i.family === 'IPv4' && !i.internal)
		.map((i) => i.address);
	const isPrivate = (a: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(a);
	const ordered = [...addresses.filter(isPrivate), ...addresses.filter((a) => !isPrivate(a))];
	return [...new Set(ordered)].map((a) => `http://${a}:${port}${base}/`);
}

export interface ServeOptions {
	port: number;
	base: string;
	/** The address to listen on; true = every interface (the classroom network). */
	host: string | true;
	/** The address students use, when given (else the machine's LAN addresses). */
	lanHost?: string;
}

/** Options from the command line (`--port N`, `--host ADDR`, `--lan-host ADDR`) and the environment. */
export function serveOptions(argv: readonly string[], env: Record<string, string | undefined>): ServeOptions {
	const flag = (name: string) => {
		const i = argv.indexOf(name);
		if (i < 0) return undefined;
		const v = argv[i + 1];
		if (!v || v.startsWith('--')) throw new Error(`${name} needs a value`);
		return v;
	};
	for (const a of argv)
		if (a.startsWith('--') && !['--port', '--host', '--lan-host'].includes(a))
			throw new Error(`unknown option ${a} (options: --port N, --host ADDR, --lan-host ADDR)`);
	const port = Number(flag('--port') ?? env.PORT ?? 4173);
	if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`invalid port "${port}"`);
	const lanHost = flag('--lan-host') ?? env.LAN_HOST;
	return { port, base: env.BASE_PATH ?? '', host: flag('--host') ?? true, ...(lanHost ? { lanHost } : {}) };
}

/** The addresses to give students: the announced one, else the machine's LAN addresses. */
export function studentUrls(o: ServeOptions, interfaces: Parameters<typeof lanUrls>[0]): string[] {
	const host = o.lanHost?.includes(':') ? `[${o.lanHost}]` : o.lanHost;
	return host ? [`http://${host}:${o.port}${o.base}/`] : lanUrls(interfaces, o.port, o.base);
}

/** A Vite preview plugin answering `{base}/lan.json` with the students' addresses. */
export function lanFilePlugin(base: string, urls: readonly string[]): Plugin {
	const body = JSON.stringify({ urls });
	return {
		name: 'speech-atlas-lan-file',
		configurePreviewServer(server) {
			server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
				if (req.method !== 'GET' || req.url?.split('?')[0] !== `${base}/lan.json`) return next();
				res.setHeader('Content-Type', 'application/json; charset=utf-8');
				res.setHeader('Cache-Control', 'no-store');
				res.end(body);
			});
		}
	};
}

async function main() {
	if (!existsSync('build/index.html')) {
		console.error('No build found: run `npm run build` first (with the same BASE_PATH, if any).');
		process.exit(1);
	}
	let options: ServeOptions;
	try {
		options = serveOptions(process.argv.slice(2), process.env);
	} catch (e) {
		console.error((e as Error).message);
		process.exit(2);
	}
	const { port, base, host } = options;
	const urls = studentUrls(options, networkInterfaces());
	const { preview } = await import('vite');
	await preview({
		preview: { host, port, strictPort: true, open: false },
		plugins: [lanFilePlugin(base, urls)],
		logLevel: 'warn'
	});

	console.log(`\n脱贫攻坚讲话地图 · Speech Atlas — serving build/ (no internet needed)\n`);
	console.log(`  On this computer:  http://${host === true ? 'localhost' : host}:${port}${base}/`);
	if (urls.length === 0) {
		console.log('  No network found: connect to the classroom Wi-Fi or a hotspot, then restart.');
	} else {
		console.log(`  For students (same network):`);
		for (const url of urls) console.log(`    ${url}`);
		console.log(`\n${renderUnicodeCompact(urls[0], { ecc: 'M', border: 2 })}`);
		console.log(`  Scan to open ${urls[0]}`);
	}
	console.log('\n  Stop with Ctrl+C.\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	await main();
}
