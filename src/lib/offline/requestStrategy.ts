import type { Strategy } from './types';

export interface RequestInfo {
	method: string;
	url: URL;
	/** The service worker's own origin. */
	origin: string;
	/** The deployment's base path ('' or e.g. '/atlas'). */
	base: string;
	/** Pathnames whose content never changes under the same name (hashed build files, static files). */
	immutable: ReadonlySet<string>;
}

/** Chooses how the service worker answers a request; see {@link Strategy}. */
export function requestStrategy({ method, url, origin, base, immutable }: RequestInfo): Strategy {
	if (method !== 'GET' || url.origin !== origin) return 'bypass';
	const path = url.pathname;
	if (path !== base && !path.startsWith(`${base}/`)) return 'bypass';
	// SvelteKit asks for this to learn whether a new version is out: it must reach the server.
	if (path === `${base}/_app/version.json`) return 'bypass';
	// The LAN addresses `npm run serve` publishes: only the live server knows them.
	if (path === `${base}/lan.json`) return 'bypass';
	if (path.startsWith(`${base}/_app/immutable/`) || immutable.has(path)) return 'cache-first';
	return 'network-first';
}
