/** Shared types of the offline layer (the service worker and the page helper). */

/** How the service worker answers one request. */
export type Strategy =
	/** Not ours to answer (other origin, not GET, SvelteKit's version check): the browser goes to the network. */
	| 'bypass'
	/** Files whose name carries a content hash, and static files: the cache first, the network if missing. */
	| 'cache-first'
	/** Pages and data: the network first (so an update is seen), the cached copy when it fails or stalls. */
	| 'network-first';

/** The lists `$service-worker` gives, as plain arrays (absolute pathnames under the base path). */
export interface BuildLists {
	build: readonly string[];
	files: readonly string[];
	prerendered: readonly string[];
}

/** What the service worker stores: `critical` during install, `deferred` right after. */
export interface PrecachePlan {
	critical: string[];
	deferred: string[];
}

/** Message a page sends to the active service worker to fetch the deferred (large) files now. */
export const PRECACHE_DEFERRED = 'precache-deferred';

/** Prefix of every cache this app creates; the version follows it. */
export const CACHE_PREFIX = 'speech-atlas-';
