/**
 * Which address the QR hand-off gives to phones. A page opened on the teacher's laptop as
 * `localhost` / `127.0.0.1` has an address no phone can open; `npm run serve` publishes the
 * laptop's LAN addresses at `{base}/lan.json` (see scripts/serve.ts), and the dialog hands out
 * the same view under the first of them. Pure: no DOM.
 */

/** The file `npm run serve` answers at the site's root with the addresses students can open. */
export const LAN_FILE = 'lan.json';

export type Handoff =
	/** The page's own address: phones on the same network can open it. */
	| { kind: 'direct'; url: string }
	/** The page is on a loopback address; this is the same view at the laptop's LAN address. */
	| { kind: 'lan'; url: string }
	/** The page is on a loopback address and no LAN address is known: scanning would fail. */
	| { kind: 'loopback'; url: null };

/** localhost, *.localhost, 127.0.0.0/8, ::1 and 0.0.0.0: addresses that mean "this machine". */
export function isLoopbackHost(hostname: string): boolean {
	const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
	return (
		h === 'localhost' ||
		h.endsWith('.localhost') ||
		/^127(?:\.\d{1,3}){3}$/.test(h) ||
		h === '::1' ||
		h === '0:0:0:0:0:0:0:1' ||
		h === '0.0.0.0'
	);
}

/** The LAN addresses in a `lan.json` body: http(s) URLs, each ending in '/'; anything else is dropped. */
export function parseLanFile(json: unknown): string[] {
	const urls = (json as { urls?: unknown } | null)?.urls;
	if (!Array.isArray(urls)) return [];
	return urls.filter((u): u is string => {
		if (typeof u !== 'string' || !u.endsWith('/')) return false;
		try {
			return /^https?:$/.test(new URL(u).protocol);
		} catch {
			return false;
		}
	});
}

/**
 * The address to encode for the page at `href`, whose site root is `root` (absolute, ending in '/'),
 * given the LAN addresses the server published (`lan`, each a site root ending in '/').
 */
export function handoffUrl(href: string, root: string, lan: readonly string[]): Handoff {
	// Opened at one of the published addresses (e.g. the laptop's own LAN address): that is it.
	if (lan.some((u) => href.startsWith(u))) return { kind: 'direct', url: href };
	if (!isLoopbackHost(new URL(href).hostname)) return { kind: 'direct', url: href };
	if (lan.length === 0 || !href.startsWith(root)) return { kind: 'loopback', url: null };
	return { kind: 'lan', url: lan[0] + href.slice(root.length) };
}
