/**
 * `npm run serve`: serves the built site (build/) on every network interface so that students on the
 * same network can open it from the teacher's laptop with no internet. Prints the addresses to give
 * out and a QR code of the first one. Build first (`npm run build`, with the same BASE_PATH).
 *
 *   npm run serve                  # port 4173
 *   PORT=8080 npm run serve
 *   BASE_PATH=/atlas npm run serve # when the build was made with BASE_PATH=/atlas
 */
import { existsSync } from 'node:fs';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { pathToFileURL } from 'node:url';
import { renderUnicodeCompact } from 'uqr';

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

async function main() {
	if (!existsSync('build/index.html')) {
		console.error('No build found: run `npm run build` first (with the same BASE_PATH, if any).');
		process.exit(1);
	}
	const port = Number(process.env.PORT ?? 4173);
	const base = process.env.BASE_PATH ?? '';
	const { preview } = await import('vite');
	await preview({ preview: { host: true, port, strictPort: true, open: false }, logLevel: 'warn' });

	const urls = lanUrls(networkInterfaces(), port, base);
	console.log(`\n脱贫攻坚讲话地图 · Speech Atlas — serving build/ (no internet needed)\n`);
	console.log(`  On this computer:  http://localhost:${port}${base}/`);
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
